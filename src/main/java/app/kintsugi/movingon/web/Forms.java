package app.kintsugi.movingon.web;

import app.kintsugi.movingon.AccountableDraft;
import app.kintsugi.movingon.WhyDraft;

/** The forms of the moving-on pages: what a person typed, kept as typed when something needs another look. */
final class Forms {

    private Forms() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static class WhyForm {
        private String relationship = "";
        private String inMe = "";
        private String outside = "";
        private long version;

        static WhyForm of(WhyDraft d, long version) {
            WhyForm f = new WhyForm();
            f.relationship = orEmpty(d.relationship());
            f.inMe = orEmpty(d.inMe());
            f.outside = orEmpty(d.outside());
            f.version = version;
            return f;
        }

        WhyDraft draft() {
            return new WhyDraft(relationship, inMe, outside);
        }

        public String getRelationship() { return relationship; }
        public void setRelationship(String v) { relationship = v; }
        public String getInMe() { return inMe; }
        public void setInMe(String v) { inMe = v; }
        public String getOutside() { return outside; }
        public void setOutside(String v) { outside = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    public static class SummaryForm {
        private String summary = "";
        private long version;

        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    public static class MarkForm {
        private String position = "";
        private String note = "";

        public String getPosition() { return position; }
        public void setPosition(String v) { position = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    public static class LetterForm {
        private String to = "";
        private String text = "";
        private long version;

        public String getTo() { return to; }
        public void setTo(String v) { to = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    public static class AccountableForm {
        private String did = "";
        private String learned = "";
        private String keepDoing = "";
        private String stillOwe = "";
        private long version;

        static AccountableForm of(AccountableDraft d, long version) {
            AccountableForm f = new AccountableForm();
            f.did = orEmpty(d.did());
            f.learned = orEmpty(d.learned());
            f.keepDoing = orEmpty(d.keepDoing());
            f.stillOwe = orEmpty(d.stillOwe());
            f.version = version;
            return f;
        }

        AccountableDraft draft() {
            return new AccountableDraft(did, learned, keepDoing, stillOwe);
        }

        public String getDid() { return did; }
        public void setDid(String v) { did = v; }
        public String getLearned() { return learned; }
        public void setLearned(String v) { learned = v; }
        public String getKeepDoing() { return keepDoing; }
        public void setKeepDoing(String v) { keepDoing = v; }
        public String getStillOwe() { return stillOwe; }
        public void setStillOwe(String v) { stillOwe = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }
}
