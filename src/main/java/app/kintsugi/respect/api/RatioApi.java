package app.kintsugi.respect.api;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.respect.InteractionKind;
import app.kintsugi.respect.RatioPage;
import app.kintsugi.respect.RatioWeeks;
import app.kintsugi.respect.RespectRatio;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/respect/ratio")
@Tag(name = "Respect ratio", description = "Step 5: positive and negative moments counted per week. Mine alone, or both "
        + "partners' together once both chose to share it.")
@RequiredArgsConstructor
class RatioApi {

    private final RespectRatio ratio;

    /** Left out: not shared. */
    record RatioSharingBody(Boolean shared) {
    }

    record RatioWeek(LocalDate monday, int positives, int negatives) {
    }

    record RatioCounts(List<RatioWeek> weeks, int positives, int negatives) {

        static RatioCounts of(RatioWeeks w) {
            return w == null ? null
                    : new RatioCounts(w.weeks().stream().map(k -> new RatioWeek(k.monday(), k.positives(), k.negatives())).toList(),
                            w.positives(), w.negatives());
        }
    }

    record RatioGiven(InteractionKind kind, int mine, int partners) {
    }

    /** Only while both chose to share: the moments both can see, and who gave which positives. */
    record RatioTogether(RatioCounts weeks, List<RatioGiven> breakdown) {
    }

    /**
     * {@code mine} counts my own private kind acts too ({@code privateActs} of them); {@code together} is null
     * unless both chose to share. My partner's choice is not shown.
     */
    record Ratio(boolean hasPartner, String partnerName, RatioCounts mine, int privateActs, boolean iShare, RatioTogether together,
            int reference) {

        static Ratio of(RatioPage p) {
            RatioTogether together = p.together() == null ? null
                    : new RatioTogether(RatioCounts.of(p.together().weeks()), p.together().breakdown().stream()
                            .map(g -> new RatioGiven(g.kind(), g.mine(), g.partners())).toList());
            return new Ratio(p.hasPartner(), p.partnerName(), RatioCounts.of(p.mine()), p.privateActs(), p.iShare(), together,
                    RatioWeeks.REFERENCE);
        }
    }

    @GetMapping
    @Operation(summary = "Our ratio over the last weeks, as I may see it")
    Ratio read(@AuthenticationPrincipal PersonPrincipal me) {
        return Ratio.of(ratio.page(me.id()));
    }

    @PutMapping("/sharing")
    @Operation(summary = "Share our ratio, or stop sharing it", description = "Both partners' counts are shown once both chose it.")
    Ratio sharing(@AuthenticationPrincipal PersonPrincipal me, @RequestBody RatioSharingBody body) {
        ratio.setSharing(me.id(), Boolean.TRUE.equals(body.shared()));
        return Ratio.of(ratio.page(me.id()));
    }
}
