package app.kintsugi.program;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.internal.InboxHistoryRepository;

/**
 * Today: what is due for a person, what waits for them from their partner and what they wait for,
 * gathered from the feature modules' sources. What the partner sent is remembered (ids and message
 * keys only) so that it keeps its date and can be found again in the history once opened.
 */
@Service
@RequiredArgsConstructor
public class Today {

    static final int HISTORY_LIMIT = 200;
    private static final Logger log = LoggerFactory.getLogger(Today.class);

    private final List<DueItemSource> dueSources;
    private final List<InboxSource> inboxSources;
    private final List<WaitingSource> waitingSources;
    private final InboxHistoryRepository history;
    private final Couples couples;
    private final Accounts accounts;
    private final Clock clock;

    /**
     * One person's day.
     *
     * @param due        what is due for them now, in the order the features report it
     * @param waitsForMe what the partner did that waits for them, grouped when the same thing repeats
     * @param iWaitFor   what they wait for from the partner
     */
    public record View(List<DueItem> due, List<News> waitsForMe, List<WaitingItem> iWaitFor) {

        public boolean empty() {
            return due.isEmpty() && waitsForMe.isEmpty() && iWaitFor.isEmpty();
        }
    }

    /**
     * A line of news: the item, when it first appeared, and further items of the same kind from the
     * same person ("Daniel responded to your question" for two questions is one line with a second link).
     */
    public record News(InboxItem item, Instant since, List<Other> more) {
    }

    /** Another item of the same kind, reachable from the grouped line. */
    public record Other(String path, Instant since) {
    }

    /**
     * Reads every source once and records what is new or was opened since the last look. Not one
     * transaction: on SQLite a transaction holds the one writer's turn from its start, which would
     * make every look at Today wait for every other; the few writes here are single statements that
     * may be repeated without harm.
     */
    public View of(PersonId person) {
        List<DueItem> due = new ArrayList<>();
        dueSources.forEach(source -> due.addAll(source.dueFor(person)));
        List<InboxItem> inbox = new ArrayList<>();
        inboxSources.forEach(source -> inbox.addAll(source.itemsFor(person)));
        List<WaitingItem> waiting = new ArrayList<>();
        waitingSources.forEach(source -> waiting.addAll(source.waitingFor(person)));
        Map<String, Instant> since = remember(person, inbox);
        return new View(List.copyOf(due), group(inbox, since), List.copyOf(waiting));
    }

    /** Everything the partner sent that this person was told about, newest first, repeats grouped. */
    public List<HistoryLine> history(PersonId person) {
        Map<PersonId, String> names = new HashMap<>();
        List<HistoryLine> lines = new ArrayList<>();
        for (var row : history.history(person, HISTORY_LIMIT)) {
            String name = row.from() == null ? ""
                    : names.computeIfAbsent(row.from(), id -> accounts.nameOf(id));
            lines.add(new HistoryLine(row.messageKey(), name, row.path(), Instant.ofEpochMilli(row.firstSeen()),
                    row.openedAt() == null, List.of()));
        }
        return HistoryLine.groupRepeats(lines);
    }

    /**
     * A line of the history.
     *
     * @param unopened true while the item still waits (it is "new")
     * @param earlier  earlier lines of the same kind from the same person, directly after this one
     */
    public record HistoryLine(String messageKey, String name, String path, Instant at, boolean unopened,
            List<HistoryLine> earlier) {

        /** Consecutive lines with the same text (same kind, same person) become one line with the others under it. */
        static List<HistoryLine> groupRepeats(List<HistoryLine> newestFirst) {
            List<HistoryLine> out = new ArrayList<>();
            HistoryLine head = null;
            List<HistoryLine> tail = new ArrayList<>();
            for (HistoryLine line : newestFirst) {
                if (head != null && head.messageKey().equals(line.messageKey()) && head.name().equals(line.name())) {
                    tail.add(line);
                    continue;
                }
                if (head != null) {
                    out.add(head.with(tail));
                }
                head = line;
                tail = new ArrayList<>();
            }
            if (head != null) {
                out.add(head.with(tail));
            }
            return List.copyOf(out);
        }

        private HistoryLine with(List<HistoryLine> earlierLines) {
            return new HistoryLine(messageKey, name, path, at, unopened || earlierLines.stream().anyMatch(HistoryLine::unopened),
                    List.copyOf(earlierLines));
        }

        public int count() {
            return 1 + earlier.size();
        }
    }

    /** Writes only when something appeared or went: a look at an unchanged Today reads one small query. */
    private Map<String, Instant> remember(PersonId person, List<InboxItem> current) {
        Map<String, Long> known = history.unopened(person);
        long now = clock.millis();
        Map<String, Instant> since = new HashMap<>();
        Set<String> currentKeys = new HashSet<>();
        PersonId partner = null;
        boolean partnerLooked = false;
        for (InboxItem item : current) {
            currentKeys.add(item.key());
            Long first = known.get(item.key());
            if (first == null) {
                if (!partnerLooked) {
                    partner = couples.current(person).flatMap(CoupleSpace::partnerId).orElse(null);
                    partnerLooked = true;
                }
                history.add(person, item, partner, now);
                since.put(item.key(), Instant.ofEpochMilli(now));
            } else {
                since.put(item.key(), Instant.ofEpochMilli(first));
            }
        }
        int opened = 0;
        for (String key : known.keySet()) {
            if (!currentKeys.contains(key)) {
                history.markOpened(person, key, now);
                opened++;
            }
        }
        if (opened > 0) {
            log.debug("event=inbox_opened person={} items={}", person, opened);
        }
        return since;
    }

    /** Items with the same text (kind and name) and nothing to answer right here share one line. */
    static List<News> group(List<InboxItem> items, Map<String, Instant> since) {
        Map<String, List<InboxItem>> byText = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (InboxItem item : items) {
            if (item.action() != null || item.detail() != null) {
                order.add(item);
                continue;
            }
            String text = item.messageKey() + "|" + item.name();
            if (!byText.containsKey(text)) {
                order.add(text);
            }
            byText.computeIfAbsent(text, k -> new ArrayList<>()).add(item);
        }
        List<News> out = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof InboxItem item) {
                out.add(new News(item, since.get(item.key()), List.of()));
            } else {
                List<InboxItem> same = byText.get((String) o);
                InboxItem first = same.get(0);
                List<Other> more = same.subList(1, same.size()).stream()
                        .map(i -> new Other(i.path(), since.get(i.key()))).toList();
                out.add(new News(first, since.get(first.key()), more));
            }
        }
        return List.copyOf(out);
    }

}
