package app.kintsugi.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.resources.internal.HelpRegionRepository;
import app.kintsugi.shared.InvalidInputException;

/**
 * Counseling and crisis resources by region, read once at start-up from the operator's file
 * ({@code kintsugi.help.resources-file}; by default the example the project ships), and the region
 * each person chose. Nothing here is ever about a partner: a person's region is read and written for
 * that person only.
 *
 * <p>Which region a page shows: one asked for in the address ({@code ?region=}), else the person's
 * own choice, else the first country of the browser's languages that the file has (an en-GB browser
 * sees GB), else {@link #ANYWHERE}.
 */
@Service
public class HelpResources {

    /** The code of the region for anywhere no other region fits; every resources file has it. */
    public static final String ANYWHERE = "INTL";
    static final String CLASSPATH = "classpath:";
    static final String FILE = "file:";

    private static final Logger log = LoggerFactory.getLogger(HelpResources.class);

    private final Map<String, HelpRegion> byCode = new LinkedHashMap<>();
    private final HelpRegionRepository repository;
    private final Clock clock;

    @Autowired
    HelpResources(HelpProperties properties, HelpRegionRepository repository, Clock clock) {
        this(read(properties.resourcesFile()), repository, clock);
        log.info("event=help_resources_loaded regions={} example={}", byCode.size(), properties.example());
        if (properties.example()) {
            log.warn("event=help_resources_example_in_use hint=\"check the example resources, or set "
                    + "kintsugi.help.resources-file to a file of your own\"");
        }
    }

    HelpResources(List<HelpRegion> regions, HelpRegionRepository repository, Clock clock) {
        regions.forEach(r -> byCode.put(r.code(), r));
        if (!byCode.containsKey(ANYWHERE)) {
            throw new IllegalArgumentException("no " + ANYWHERE + " region");
        }
        this.repository = repository;
        this.clock = clock;
    }

    /** Every region, in the order of the file. */
    public List<HelpRegion> regions() {
        return List.copyOf(byCode.values());
    }

    /** Every region to choose from: by name in this language, {@link #ANYWHERE} last. */
    public List<HelpRegion> choices(Locale locale) {
        Collator collator = Collator.getInstance(locale == null ? Locale.ENGLISH : locale);
        return byCode.values().stream()
                .sorted(Comparator.comparing(HelpRegion::anywhere)
                        .thenComparing(r -> r.name(locale), collator))
                .toList();
    }

    public Optional<HelpRegion> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public HelpRegion anywhere() {
        return byCode.get(ANYWHERE);
    }

    /**
     * The region to show.
     *
     * @param person  the signed-in person, or null
     * @param asked   a region code from the address, or null
     * @param browser the browser's languages, most preferred first
     */
    public HelpRegion regionFor(PersonId person, String asked, List<Locale> browser) {
        Optional<HelpRegion> fromAddress = region(asked);
        if (fromAddress.isPresent()) {
            return fromAddress.get();
        }
        if (person != null) {
            Optional<HelpRegion> chosen = chosen(person);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return guess(browser);
    }

    /** The region the person chose, while the file still has it. */
    public Optional<HelpRegion> chosen(PersonId person) {
        return repository.find(person).flatMap(this::region);
    }

    /** The first country of the browser's languages that has a region of its own, else {@link #ANYWHERE}. */
    public HelpRegion guess(List<Locale> browser) {
        if (browser != null) {
            for (Locale locale : browser) {
                String country = locale == null ? "" : locale.getCountry();
                if (country.length() == 2 && !ANYWHERE.equals(country)) {
                    HelpRegion region = byCode.get(country.toUpperCase(Locale.ROOT));
                    if (region != null) {
                        return region;
                    }
                }
            }
        }
        return anywhere();
    }

    /** Remembers the person's region; a code the file does not have is refused next to the field. */
    @Transactional
    public HelpRegion choose(PersonId person, String code) {
        HelpRegion region = region(code).orElseThrow(() -> InvalidInputException.of("region", "help.region.unknown"));
        repository.save(person, region.code(), clock.millis());
        // Only that a choice was made: the region says where a person may live.
        log.info("event=help_region_chosen person={}", person);
        return region;
    }

    // ---- reading the file ----

    /** The regions of the file at {@code location}; any problem stops the start with every problem named. */
    static List<HelpRegion> read(String location) {
        String name = location.strip();
        String text = readText(name);
        ResourceFileLoader.Loaded loaded = ResourceFileLoader.load(name, text);
        if (!loaded.ok()) {
            throw new InvalidHelpResourcesException(name, loaded.problems());
        }
        return loaded.regions();
    }

    private static String readText(String name) {
        byte[] bytes;
        try {
            if (name.startsWith(CLASSPATH)) {
                String resource = name.substring(CLASSPATH.length()).replaceFirst("^/+", "");
                try (InputStream in = HelpResources.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new InvalidHelpResourcesException(name, List.of(name + ": no such resource"));
                    }
                    bytes = in.readAllBytes();
                }
            } else {
                Path path = Path.of(name.startsWith(FILE) ? name.substring(FILE.length()) : name);
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidHelpResourcesException(name, List.of(name + ": no such file"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidHelpResourcesException invalid) {
                throw invalid;
            }
            throw new InvalidHelpResourcesException(name, List.of(name + ": cannot be read: " + e.getMessage()));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidHelpResourcesException(name, List.of(name + ": is not UTF-8 text"));
        }
    }
}
