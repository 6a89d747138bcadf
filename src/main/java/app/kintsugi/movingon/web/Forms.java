package app.kintsugi.movingon.web;

import lombok.Getter;
import lombok.Setter;

import app.kintsugi.movingon.AccountableDraft;
import app.kintsugi.movingon.WhyDraft;

/** The forms of the moving-on pages: what a person typed, kept as typed when something needs another look. */
final class Forms {

    private Forms() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Getter
    @Setter
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
    }

    @Getter
    @Setter
    public static class SummaryForm {
        private String summary = "";
        private long version;
    }

    @Getter
    @Setter
    public static class MarkForm {
        private String position = "";
        private String note = "";
    }

    @Getter
    @Setter
    public static class LetterForm {
        private String to = "";
        private String text = "";
        private long version;
    }

    @Getter
    @Setter
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
    }
}
