package app.kintsugi.account.web;

import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class ForgotForm {

    private String email = "";
}
