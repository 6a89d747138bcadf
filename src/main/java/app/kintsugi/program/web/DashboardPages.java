package app.kintsugi.program.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.Program;
import app.kintsugi.safety.SafetyChecks;

@Controller
class DashboardPages {

    private final Program program;
    private final Couples couples;
    private final SafetyChecks safety;

    DashboardPages(Program program, Couples couples, SafetyChecks safety) {
        this.program = program;
        this.couples = couples;
        this.safety = safety;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("steps", program.steps());
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        model.addAttribute("safety", safety.status(me.id()));
        return "program/dashboard";
    }
}
