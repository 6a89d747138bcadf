package app.kintsugi.platform;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file made for one person (their export, a session-prep report): saved by the browser, never cached. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
