package app.kintsugi.notices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.notices.MailLook;
import app.kintsugi.notices.NoticeChoices;

@Repository
@RequiredArgsConstructor
public class NoticeRepository {

    private final JdbcClient jdbc;

    /** A person's row; {@code confirmedAddress} is null until a link was followed. */
    public record Row(PersonId person, NoticeChoices choices, String confirmedAddress, Long confirmRequestedAt,
            Long confirmExpiresAt, Long notifiedThrough, int failures, Long retryAt, int version, Long bouncedAt,
            boolean hasFeed) {
    }

    private static final String COLUMNS = """
            person_id, partner_news, quiet_from, quiet_until, daily, daily_at, confirmed_address,
            confirm_requested_at, confirm_expires_at, notified_through, failures, retry_at, version,
            reminders, remind_at, weekly_day, conversation_before, mail_look, bounced_at, feed_token_hash""";

    public Optional<Row> find(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_settings WHERE person_id = ?")
                .param(person.value().toString()).query(NoticeRepository::row).optional();
    }

    /** The row, created with everything off when the person never chose anything. */
    public Row findOrCreate(PersonId person, long now) {
        return find(person).orElseGet(() -> {
            // Created by a request at the same moment: the same empty row.
            jdbc.sql("INSERT INTO notice_settings (person_id, updated_at) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(person.value().toString(), now).update();
            return find(person).orElseThrow();
        });
    }

    public boolean saveChoices(PersonId person, NoticeChoices c, int expectedVersion, long now) {
        return jdbc.sql("""
                UPDATE notice_settings SET partner_news = ?, quiet_from = ?, quiet_until = ?, daily = ?, daily_at = ?,
                reminders = ?, remind_at = ?, weekly_day = ?, conversation_before = ?, mail_look = ?,
                updated_at = ?, version = version + 1 WHERE person_id = ? AND version = ?""")
                .params(c.partnerNews(), time(c.quietFrom()), time(c.quietUntil()), c.daily(), time(c.dailyAt()),
                        c.reminders().dueThings(), time(c.reminders().at()),
                        c.reminders().weeklyDay() == null ? null : c.reminders().weeklyDay().name(),
                        c.reminders().conversationBefore(), c.look().name(), now,
                        person.value().toString(), expectedVersion)
                .update() == 1;
    }

    /** Turns every mail off; the address stays confirmed. */
    public void turnOff(PersonId person, long now) {
        jdbc.sql("""
                UPDATE notice_settings SET partner_news = FALSE, reminders = FALSE, conversation_before = FALSE,
                updated_at = ?, version = version + 1 WHERE person_id = ?""")
                .params(now, person.value().toString()).update();
    }

    public void requestConfirmation(PersonId person, long now) {
        jdbc.sql("UPDATE notice_settings SET confirm_requested_at = ?, updated_at = ? WHERE person_id = ?")
                .params(now, now, person.value().toString()).update();
    }

    /** Those waiting for a confirmation mail. */
    public List<PersonId> confirmationsToSend() {
        return jdbc.sql("SELECT person_id FROM notice_settings WHERE confirm_requested_at IS NOT NULL")
                .query((rs, n) -> PersonId.of(rs.getString(1))).list();
    }

    /** A new link replaces an older one: only the latest works. */
    public void confirmationSent(PersonId person, String tokenHash, long expiresAt) {
        jdbc.sql("""
                UPDATE notice_settings SET confirm_token_hash = ?, confirm_expires_at = ?, confirm_requested_at = NULL
                WHERE person_id = ?""")
                .params(tokenHash, expiresAt, person.value().toString()).update();
    }

    public Optional<PersonId> byConfirmToken(String tokenHash, long now) {
        return jdbc.sql("SELECT person_id FROM notice_settings WHERE confirm_token_hash = ? AND confirm_expires_at > ?")
                .params(tokenHash, now).query((rs, n) -> PersonId.of(rs.getString(1))).optional();
    }

    /** Uses the link up: a second use finds nothing. */
    public boolean confirm(String tokenHash, String address, long now) {
        return jdbc.sql("""
                UPDATE notice_settings SET confirmed_address = ?, confirmed_at = ?, confirm_token_hash = NULL,
                confirm_expires_at = NULL, bounced_at = NULL, updated_at = ?, version = version + 1
                WHERE confirm_token_hash = ? AND confirm_expires_at > ?""")
                .params(address, now, now, tokenHash, now).update() == 1;
    }

    /** The address is confirmed without a link of ours (the person proved it another way). */
    public void markConfirmed(PersonId person, String address, long now) {
        jdbc.sql("""
                UPDATE notice_settings SET confirmed_address = ?, confirmed_at = ?, confirm_requested_at = NULL,
                confirm_token_hash = NULL, confirm_expires_at = NULL, bounced_at = NULL, updated_at = ?,
                version = version + 1 WHERE person_id = ?""")
                .params(address, now, now, person.value().toString()).update();
    }

    /** Everyone who chose some mail and has a confirmed address. */
    public List<Row> subscribed() {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notice_settings WHERE confirmed_address IS NOT NULL
                AND (partner_news = TRUE OR reminders = TRUE OR conversation_before = TRUE)""")
                .query(NoticeRepository::row).list();
    }

    /**
     * The server refused the address for good: it is no longer confirmed, so nothing more is sent to
     * it, and the person is told on their next visit.
     */
    public void bounced(PersonId person, long now) {
        jdbc.sql("""
                UPDATE notice_settings SET confirmed_address = NULL, confirmed_at = NULL, bounced_at = ?, failures = 0,
                retry_at = NULL, updated_at = ?, version = version + 1 WHERE person_id = ?""")
                .params(now, now, person.value().toString()).update();
    }

    public void setFeedToken(PersonId person, String tokenHash, long now) {
        jdbc.sql("UPDATE notice_settings SET feed_token_hash = ?, updated_at = ? WHERE person_id = ?")
                .params(tokenHash, now, person.value().toString()).update();
    }

    public Optional<PersonId> byFeedToken(String tokenHash) {
        return jdbc.sql("SELECT person_id FROM notice_settings WHERE feed_token_hash = ?")
                .param(tokenHash).query((rs, n) -> PersonId.of(rs.getString(1))).optional();
    }

    /** Links older than this stop working, and the record of what was sent is kept no longer. */
    public int forgetBefore(long before) {
        return jdbc.sql("DELETE FROM notice_unsubscribe WHERE created_at < ?").param(before).update()
                + jdbc.sql("DELETE FROM notice_sent WHERE sent_at < ?").param(before).update();
    }

    /** Claims a window; false when it was already sent (or is being sent by another node). */
    public boolean claim(PersonId person, String window, long now) {
        return jdbc.sql("""
                INSERT INTO notice_sent (person_id, window_key, sent_at) VALUES (?, ?, ?)
                ON CONFLICT (person_id, window_key) DO NOTHING""")
                .params(person.value().toString(), window, now).update() == 1;
    }

    /** Gives a window back after the mail could not be handed to the server, so a later run tries again. */
    public void release(PersonId person, String window) {
        jdbc.sql("DELETE FROM notice_sent WHERE person_id = ? AND window_key = ?")
                .params(person.value().toString(), window).update();
    }

    public void sent(PersonId person, long notifiedThrough) {
        jdbc.sql("UPDATE notice_settings SET notified_through = ?, failures = 0, retry_at = NULL WHERE person_id = ?")
                .params(notifiedThrough, person.value().toString()).update();
    }

    public void failed(PersonId person, int failures, long retryAt) {
        jdbc.sql("UPDATE notice_settings SET failures = ?, retry_at = ? WHERE person_id = ?")
                .params(failures, retryAt, person.value().toString()).update();
    }

    public void addUnsubscribe(PersonId person, String tokenHash, long now) {
        jdbc.sql("INSERT INTO notice_unsubscribe (token_hash, person_id, created_at) VALUES (?, ?, ?)")
                .params(tokenHash, person.value().toString(), now).update();
    }

    public Optional<PersonId> byUnsubscribeToken(String tokenHash) {
        return jdbc.sql("SELECT person_id FROM notice_unsubscribe WHERE token_hash = ?")
                .param(tokenHash).query((rs, n) -> PersonId.of(rs.getString(1))).optional();
    }

    public int sentCount(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM notice_sent WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String weeklyDay = rs.getString(16);
        NoticeChoices.Reminders reminders = new NoticeChoices.Reminders(rs.getBoolean(14), localTime(rs.getString(15)),
                weeklyDay == null ? null : DayOfWeek.valueOf(weeklyDay), rs.getBoolean(17));
        NoticeChoices choices = new NoticeChoices(rs.getBoolean(2), localTime(rs.getString(3)), localTime(rs.getString(4)),
                rs.getBoolean(5), localTime(rs.getString(6)), reminders, MailLook.valueOf(rs.getString(18)));
        return new Row(PersonId.of(rs.getString(1)), choices, rs.getString(7), nullableLong(rs, 8), nullableLong(rs, 9),
                nullableLong(rs, 10), rs.getInt(11), nullableLong(rs, 12), rs.getInt(13), nullableLong(rs, 19),
                rs.getString(20) != null);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalTime localTime(String s) {
        return s == null ? null : LocalTime.parse(s);
    }

    private static String time(LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
