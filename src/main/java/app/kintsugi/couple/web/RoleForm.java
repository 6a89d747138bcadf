package app.kintsugi.couple.web;

import app.kintsugi.couple.Role;

public class RoleForm {

    private Role role;

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
