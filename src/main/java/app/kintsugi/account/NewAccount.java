package app.kintsugi.account;

/** What a person types to register. */
public record NewAccount(String email, String displayName, String password, String language, String timeZone) {

    @Override
    public String toString() {
        return "NewAccount[email=<hidden>, password=<hidden>]";
    }
}
