package app.kintsugi.transparency;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A prepared disclosure as one of the two sees it. The partner gets it only once a time was proposed
 * to them, and before it is given without any of its text ({@code parts} empty).
 *
 * @param mine         the viewer wrote it
 * @param parts        the text of each part written so far; empty for the partner before it is given
 * @param updatedAt    when it was last saved
 * @param meetAt       the time proposed or agreed to give it, or null
 * @param way          how the partner chose to read it, or null
 * @param proposedByMe the time was proposed by the viewer
 * @param givenAt      when it was given, or null
 * @param marks        the partner's marks on each part, once given
 * @param additions    what the author added after it was given, oldest first
 * @param newAdditions how many of the additions the partner opens for the first time now
 * @param live         both are still in the space it was written in: it can be written in and answered
 * @param reviewNote   the note a counselor it was shown to left for the author: for the author and that
 *                     counselor only, otherwise null
 * @param alone        written alone and not yet meant for anyone: its author was alone in their space when
 *                     they started it and has not proposed a time since (decision 0042); {@code partnerName}
 *                     is then the partner who joined since, or null while nobody did
 */
public record PreparedDisclosureView(UUID id, boolean mine, String authorName, String partnerName, PreparedDisclosureStatus status,
        Map<DisclosurePart, String> parts, Instant updatedAt, Instant meetAt, ReadingWay way, boolean proposedByMe,
        Instant givenAt, Map<DisclosurePart, PartMark> marks, List<Addition> additions, int newAdditions, long version,
        boolean live, ReviewNote reviewNote, boolean alone) {

    /** A counselor's note back to the author about the draft. */
    public record ReviewNote(String counselorName, String text, Instant at) {
    }

    /** Something the author added after the disclosure was given, shown apart from it. */
    public record Addition(UUID id, String text, Instant addedAt) {
    }

    public PreparedDisclosureView {
        parts = Map.copyOf(parts);
        marks = Map.copyOf(marks);
        additions = List.copyOf(additions);
    }

    public String part(DisclosurePart part) {
        return parts.get(part);
    }

    public PartMark mark(DisclosurePart part) {
        return marks.get(part);
    }

    public boolean given() {
        return status == PreparedDisclosureStatus.GIVEN;
    }

    public boolean canEdit() {
        return live && mine && PreparedDisclosureRules.canEdit(status);
    }

    public boolean canPropose() {
        return live && !waitingForPartner() && PreparedDisclosureRules.mayPropose(status, mine);
    }

    /** Written alone, with nobody in the space yet to give it to: what needs a partner waits. */
    public boolean waitingForPartner() {
        return alone && live && partnerName == null;
    }

    /** Written alone, and a partner joined since: it stays its writer's own until they propose a time. */
    public boolean startedBeforePartner() {
        return alone && partnerName != null;
    }

    public boolean canAccept() {
        return live && PreparedDisclosureRules.mayAccept(status, proposedByMe);
    }

    public boolean canGive() {
        return live && PreparedDisclosureRules.mayGive(status, mine);
    }

    public boolean canMark() {
        return live && PreparedDisclosureRules.mayMark(status, mine);
    }

    public boolean canAdd() {
        return live && PreparedDisclosureRules.mayAdd(status, mine);
    }

    public boolean waitingForOther() {
        return status == PreparedDisclosureStatus.PROPOSED && proposedByMe;
    }

    /** The parts in order, for pages. */
    public List<DisclosurePart> allParts() {
        return List.of(DisclosurePart.values());
    }

    public boolean isNew(Addition a) {
        int index = additions.indexOf(a);
        return index >= additions.size() - newAdditions;
    }
}
