package app.kintsugi.couple.web;

import app.kintsugi.couple.Role;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class JoinForm {

    private String code = "";
    private Role role;
}
