package app.kintsugi.couple.web;

import app.kintsugi.couple.Role;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class RoleForm {

    private Role role;
}
