package app.kintsugi.account.web;

import lombok.Getter;
import lombok.Setter;

/** Making a personal API token: its name, whether it may change things, how long it works, and the password again. */
@Getter
@Setter
public class TokenForm {

    private String name = "";
    private String access = "READ";
    private Integer days = app.kintsugi.account.ApiTokens.LIFETIMES.get(0);
    private String currentPassword = "";

    /** The facade names the choice "scopes"; its message belongs next to the same choice. */
    public String getScopes() {
        return access;
    }

    /** READ, or READ and WRITE; anything else is no choice at all. */
    java.util.Set<app.kintsugi.account.ApiScope> scopes() {
        if ("WRITE".equals(access)) {
            return java.util.EnumSet.of(app.kintsugi.account.ApiScope.READ, app.kintsugi.account.ApiScope.WRITE);
        }
        return "READ".equals(access) ? java.util.EnumSet.of(app.kintsugi.account.ApiScope.READ) : java.util.Set.of();
    }

    /** The password is never sent back to the browser. */
    void forgetPassword() {
        currentPassword = "";
    }
}
