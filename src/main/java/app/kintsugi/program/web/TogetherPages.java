package app.kintsugi.program.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;

/** The places the two partners share, one tap from the navigation: talking, asking, writing, agreeing. */
@Controller
@RequiredArgsConstructor
class TogetherPages {

    /** A shared place: its key in the message bundles and where it is. */
    record Place(String key, String path) {
    }

    static final List<Place> PLACES = List.of(
            new Place("conversations", "/conversations"),
            new Place("questions", "/questions"),
            new Place("dialogue", "/dialogue"),
            new Place("apologies", "/apologies"),
            new Place("boundaries", "/boundaries"),
            new Place("appreciations", "/appreciations"),
            new Place("meeting", "/meeting"),
            new Place("space", "/space"),
            new Place("counselor", "/help/counselor"));

    /** Alone (decision 42): the places one person can use on their own; the others are for two. */
    static final List<String> FOR_ONE = List.of("counselor", "space");

    private final Couples couples;

    @GetMapping("/together")
    String together(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        boolean alone = couples.alone(me.id());
        model.addAttribute("alone", alone);
        if (alone) {
            model.addAttribute("places", PLACES.stream().filter(p -> FOR_ONE.contains(p.key()))
                    .sorted(java.util.Comparator.comparing(p -> FOR_ONE.indexOf(p.key()))).toList());
            model.addAttribute("laterPlaces", PLACES.stream().filter(p -> !FOR_ONE.contains(p.key())).toList());
        } else {
            model.addAttribute("places", PLACES);
            model.addAttribute("laterPlaces", List.of());
        }
        return "program/together";
    }
}
