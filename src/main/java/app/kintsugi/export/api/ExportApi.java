package app.kintsugi.export.api;

import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.DataExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Export", description = "Everything I wrote and everything about me, as one JSON document.")
@RequiredArgsConstructor
class ExportApi {

    private final DataExport export;

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My data, the same document as the JSON download in Settings → My data")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal PersonPrincipal me) {
        DataExport.Download download = export.json(me.id());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .body(download.content());
    }
}
