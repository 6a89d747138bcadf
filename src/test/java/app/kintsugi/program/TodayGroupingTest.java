package app.kintsugi.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How Today and the history group the same thing said twice, and keep apart what can be answered right there. */
class TodayGroupingTest {

    private static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void twoResponsesFromTheSamePersonAreOneLineWithASecondLink() {
        var a = new InboxItem("inbox.question.responded", "Daniel", "/questions/1");
        var b = new InboxItem("inbox.question.responded", "Daniel", "/questions/2");
        var c = new InboxItem("inbox.appreciation", "Daniel", "/appreciations#a-1");
        var news = Today.group(List.of(a, c, b), Map.of(a.key(), T1, b.key(), T2, c.key(), T2));
        assertThat(news).hasSize(2);
        assertThat(news.get(0).item()).isEqualTo(a);
        assertThat(news.get(0).since()).isEqualTo(T1);
        assertThat(news.get(0).more()).containsExactly(new Today.Other("/questions/2", T2));
        assertThat(news.get(1).item()).isEqualTo(c);
        assertThat(news.get(1).more()).isEmpty();
    }

    @Test
    void itemsThatCanBeAnsweredOnTodayStayApartEvenWithTheSameText() {
        var action = new QuickAction("/commitments/1/confirm", Map.of("day", "2026-12-01"), "confirmation",
                List.of(new QuickAction.Choice("CONFIRMED", "checkIn.confirm.yes")));
        var day1 = new InboxItem("inbox.checkIn.KEPT", "Daniel", "/commitments/1?day=2026-12-01", "Walk", action);
        var day2 = new InboxItem("inbox.checkIn.KEPT", "Daniel", "/commitments/1?day=2026-12-02", "Walk", action);
        assertThat(Today.group(List.of(day1, day2), Map.of())).hasSize(2).allMatch(n -> n.more().isEmpty());
    }

    @Test
    void theHistoryGroupsOnlyConsecutiveRepeatsAndStaysNewWhileAnyOfThemIsUnopened() {
        var newest = new Today.HistoryLine("inbox.question.responded", "Daniel", "/questions/2", T2, false, List.of());
        var older = new Today.HistoryLine("inbox.question.responded", "Daniel", "/questions/1", T1, true, List.of());
        var other = new Today.HistoryLine("inbox.appreciation", "Daniel", "/appreciations", T1, false, List.of());
        var again = new Today.HistoryLine("inbox.question.responded", "Daniel", "/questions/0", T1, false, List.of());
        var lines = Today.HistoryLine.groupRepeats(List.of(newest, older, other, again));
        assertThat(lines).extracting(Today.HistoryLine::count).containsExactly(2, 1, 1);
        assertThat(lines.get(0).unopened()).isTrue();
        assertThat(lines.get(0).earlier()).extracting(Today.HistoryLine::path).containsExactly("/questions/1");
        assertThat(lines.get(2).unopened()).isFalse();
    }
}
