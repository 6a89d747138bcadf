package app.kintsugi.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The application's messages, formatted with ICU message formats so counts read naturally in every
 * language ({@code {0, plural, one {# week} other {# weeks}}}; Spanish and English have different
 * plural rules from other languages, and ICU knows them all).
 *
 * <p>In discreet mode a message that has a {@code .discreet} variant is shown in that variant, so
 * every page, including ones that know nothing of discreet mode, can avoid naming the application.
 * A message without arguments is returned as written, as Spring does by default.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    /** The suffix of a message's neutral variant, used in discreet mode. */
    public static final String DISCREET_SUFFIX = ".discreet";

    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale target = locale == null ? Locale.getDefault() : locale;
        if (discreet()) {
            String neutral = formatted(code + DISCREET_SUFFIX, args, target);
            if (neutral != null) {
                return neutral;
            }
        }
        return formatted(code, args, target);
    }

    private String formatted(String code, Object[] args, Locale locale) {
        String pattern = resolveCodeWithoutArguments(code, locale);
        if (pattern == null || ObjectUtils.isEmpty(args)) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        Object[] resolved = resolveArguments(args, locale);
        // An ICU MessageFormat keeps state while formatting; one at a time per pattern.
        synchronized (format) {
            return format.format(resolved);
        }
    }

    private static boolean discreet() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null
                && attributes.getAttribute(BrowserPreferences.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof BrowserPreferences prefs
                && prefs.discreet();
    }
}
