package app.kintsugi.couple.web;

import app.kintsugi.couple.Role;

public class JoinForm {

    private String code = "";
    private Role role;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
