package app.kintsugi.safety.web;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class SafetyForm {

    private Map<String, String> answers = new LinkedHashMap<>();
}
