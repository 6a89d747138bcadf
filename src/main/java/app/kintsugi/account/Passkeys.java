package app.kintsugi.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import app.kintsugi.shared.InvalidInputException;

/**
 * Passkeys (WebAuthn, with Spring Security's relying-party support): a key that stays on the person's
 * phone, computer or security key and proves itself without anything to type. One is a second step
 * after the password on a browser the account has not seen, like a code from an app; it also signs
 * in on its own, without the password, when the device checked that it is its owner (a fingerprint,
 * face or the device's PIN), so someone guessing passwords can never keep its owner out.
 *
 * <p>Adding one asks for the current password (in the last few minutes); adding the first second
 * step ends every other session and forgets every other browser, as for the app, and makes recovery
 * codes. Adding and removing are told to the person. Only public keys are stored: a copy of the
 * database signs nobody in.
 *
 * <p>The relying party is the configured public address ({@code kintsugi.notices.public-url}): its
 * host is the passkey's domain and its origin the only one accepted, unless
 * {@code kintsugi.passkeys.origins} names others. The name a passkey manager shows is that host, not the
 * application's name, so a list of passkeys on a shared device gives nothing away.
 */
@Service
@RequiredArgsConstructor
public class Passkeys {

    /** How long after typing the password again a passkey may be added. */
    static final Duration ENROLMENT_WINDOW = Duration.ofMinutes(5);
    /** The most passkeys one account keeps: enough for every device a person owns. */
    static final int MOST = 10;
    private static final String ENROLMENT = "kintsugi.passkeyEnrolment";
    private static final String CREATION = "kintsugi.passkeyCreation";
    private static final String REQUEST = "kintsugi.passkeyRequest";
    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Passwords passwords;
    private final SecondFactors factors;
    private final Environment environment;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private volatile RelyingParty party;

    /** One of a person's passkeys, as their settings list it. */
    public record Passkey(String id, Device device, Instant added, Instant lastUsed) {
    }

    public List<Passkey> of(PersonId person) {
        return jdbc.sql("SELECT credential_id, device, created_at, last_used_at FROM passkey WHERE person_id = ? ORDER BY created_at")
                .param(person.value().toString())
                .query((rs, n) -> {
                    long used = rs.getLong(4);
                    Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(used);
                    return new Passkey(rs.getString(1), Device.ofCode(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)), lastUsed);
                }).list();
    }

    public int count(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).single();
    }

    // ---- Adding a passkey ----

    /**
     * The first part of adding a passkey: the current password, typed again. This browser may then
     * make a passkey for the next few minutes.
     *
     * @throws InvalidInputException naming {@code currentPassword}
     */
    public void startAdding(PersonId person, String currentPassword, HttpServletRequest request) {
        if (count(person) >= MOST) {
            throw InvalidInputException.of("currentPassword", "passkeys.tooMany", MOST);
        }
        passwords.reauthenticate(person, currentPassword, request);
        request.getSession().setAttribute(ENROLMENT, person.value() + "|" + clock.millis());
        log.info("event=passkey_setup_started person={}", person);
    }

    /** True while this browser may make a passkey for the person (the password was typed moments ago). */
    public boolean mayAdd(PersonId person, HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ENROLMENT) instanceof String value)) {
            return false;
        }
        int bar = value.indexOf('|');
        return value.substring(0, bar).equals(person.value().toString())
                && Long.parseLong(value.substring(bar + 1)) > clock.millis() - ENROLMENT_WINDOW.toMillis();
    }

    /** What the browser needs to make a passkey, as WebAuthn's JSON; empty when it may not make one now. */
    public Optional<String> creationOptions(PersonId person, HttpServletRequest request) {
        if (!mayAdd(person, request)) {
            return Optional.empty();
        }
        // The person's handle (random, and never their id) is made here rather than by Spring Security,
        // so that the name a passkey manager shows is their address, not an identifier.
        if (jdbc.sql("SELECT COUNT(*) FROM passkey_user WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO passkey_user (person_id, user_handle) VALUES (?, ?)")
                    .params(person.value().toString(), Bytes.random().toBase64UrlString()).update();
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                AuthorityUtils.NO_AUTHORITIES);
        PublicKeyCredentialCreationOptions options = party().operations().createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
        request.getSession().setAttribute(CREATION, options);
        return Optional.of(json.writeValueAsString(options));
    }

    /**
     * Keeps the passkey the browser made. Returns recovery codes to show once when it is the person's
     * first second step, otherwise an empty list.
     *
     * @throws InvalidInputException naming {@code credential} when the browser's answer does not check out
     */
    public List<String> add(PersonId person, String credentialJson, HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (!mayAdd(person, request) || !(session.getAttribute(CREATION) instanceof PublicKeyCredentialCreationOptions options)
                || !personFor(options.getUser().getId()).equals(Optional.of(person))) {
            throw InvalidInputException.of("credential", "passkeys.add.expired");
        }
        session.removeAttribute(CREATION);
        PublicKeyCredential<AuthenticatorAttestationResponse> credential;
        try {
            credential = json.readValue(credentialJson, new TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>>() {
            });
        } catch (RuntimeException e) {
            log.info("event=passkey_refused person={} reason=unreadable", person);
            throw InvalidInputException.of("credential", "passkeys.add.failed");
        }
        String device = Device.of(request.getHeader("User-Agent")).code();
        boolean first = !factors.active(person);
        try {
            party().operations().registerCredential(new ImmutableRelyingPartyRegistrationRequest(options,
                    new RelyingPartyPublicKey(credential, device)));
        } catch (RuntimeException e) {
            log.info("event=passkey_refused person={} reason={}", person, e.getClass().getSimpleName());
            throw InvalidInputException.of("credential", "passkeys.add.failed");
        }
        session.removeAttribute(ENROLMENT);
        log.info("event=passkey_added person={} first_second_step={}", person, first);
        return factors.added(person, first, request, response);
    }

    /**
     * Removes one of the person's passkeys after the current password was typed again.
     *
     * @throws InvalidInputException naming {@code currentPassword}
     */
    public void remove(PersonId person, String credentialId, String currentPassword, HttpServletRequest request) {
        if (of(person).stream().noneMatch(p -> p.id().equals(credentialId))) {
            throw new app.kintsugi.shared.NotFoundException();
        }
        passwords.reauthenticate(person, currentPassword, request);
        jdbc.sql("DELETE FROM passkey WHERE credential_id = ? AND person_id = ?").params(credentialId, person.value().toString())
                .update();
        factors.removed(person);
        log.info("event=passkey_removed person={}", person);
    }

    // ---- Signing in with a passkey ----

    /**
     * What the browser needs to sign in with a passkey, as WebAuthn's JSON. For the person whose
     * password was right, their own passkeys; otherwise any passkey of this site, which must then show
     * that its device checked its owner.
     */
    public String requestOptions(Optional<PersonId> forPerson, HttpServletRequest request) {
        List<PublicKeyCredentialDescriptor> allowed = forPerson.map(person -> of(person).stream()
                .map(p -> PublicKeyCredentialDescriptor.builder().id(Bytes.fromBase64(p.id())).build()).toList())
                .orElse(List.of());
        PublicKeyCredentialRequestOptions options = PublicKeyCredentialRequestOptions.builder()
                .challenge(Bytes.random())
                .rpId(party().rpId())
                .timeout(Duration.ofMinutes(5))
                .allowCredentials(allowed)
                .userVerification(forPerson.isPresent() ? UserVerificationRequirement.PREFERRED : UserVerificationRequirement.REQUIRED)
                .build();
        request.getSession().setAttribute(REQUEST, options);
        return json.writeValueAsString(options);
    }

    /**
     * Checks the browser's answer to {@link #requestOptions}: the person whose passkey signed it, if it
     * checks out (signature, challenge, origin, and the owner's check when none was asked for first).
     * Each answer is used once.
     */
    public Optional<PersonId> signedBy(String assertionJson, HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(REQUEST) instanceof PublicKeyCredentialRequestOptions options)) {
            return Optional.empty();
        }
        session.removeAttribute(REQUEST);
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(assertionJson,
                    new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
                    });
            PublicKeyCredentialUserEntity user = party().operations()
                    .authenticate(new RelyingPartyAuthenticationRequest(options, credential));
            Optional<PersonId> person = personFor(user.getId());
            person.ifPresent(p -> jdbc.sql("UPDATE passkey SET last_used_at = ? WHERE credential_id = ?")
                    .params(clock.millis(), credential.getRawId().toBase64UrlString()).update());
            return person;
        } catch (RuntimeException e) {
            log.info("event=passkey_sign_in_refused reason={}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    // ---- The relying party and Spring Security's repositories over our tables ----

    private record RelyingParty(WebAuthnRelyingPartyOperations operations, String rpId) {
    }

    /** Built at first use, when the server's own port is known (tests open it on a random one). */
    private RelyingParty party() {
        RelyingParty built = party;
        if (built == null) {
            synchronized (this) {
                if (party == null) {
                    party = build();
                }
                built = party;
            }
        }
        return built;
    }

    private RelyingParty build() {
        URI base = URI.create(environment.getProperty("kintsugi.notices.public-url", "http://localhost:8080").strip());
        String rpId = environment.getProperty("kintsugi.passkeys.rp-id", base.getHost());
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(base));
        String extra = environment.getProperty("kintsugi.passkeys.origins", "");
        Arrays.stream(extra.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> origin(URI.create(s)))
                .forEach(origins::add);
        PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.builder().id(rpId).name(rpId).build();
        log.info("event=passkeys_ready rp_id={} origins={}", rpId, origins.size());
        return new RelyingParty(new Webauthn4JRelyingPartyOperations(new Users(), new Credentials(), rp, origins), rpId);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private Optional<PersonId> personFor(Bytes userHandle) {
        return jdbc.sql("SELECT person_id FROM passkey_user WHERE user_handle = ?").param(userHandle.toBase64UrlString())
                .query(String.class).optional().map(PersonId::of);
    }

    /**
     * People as WebAuthn's user entities, found by a random handle. The "username" Spring Security looks
     * people up by is the person's id; the name a passkey manager shows is their e-mail address and
     * their display name, read when the passkey is made.
     */
    private final class Users implements PublicKeyCredentialUserEntityRepository {

        @Override
        public PublicKeyCredentialUserEntity findById(Bytes id) {
            return personFor(id).map(person -> entity(person, id)).orElse(null);
        }

        @Override
        public PublicKeyCredentialUserEntity findByUsername(String username) {
            PersonId person;
            try {
                person = PersonId.of(username);
            } catch (IllegalArgumentException e) {
                return null;
            }
            return jdbc.sql("SELECT user_handle FROM passkey_user WHERE person_id = ?").param(person.value().toString())
                    .query(String.class).optional().map(handle -> entity(person, Bytes.fromBase64(handle))).orElse(null);
        }

        @Override
        public void save(PublicKeyCredentialUserEntity user) {
            // Handles are made by creationOptions before Spring Security would make one.
            throw new IllegalStateException("user handles are made by Passkeys.creationOptions");
        }

        @Override
        public void delete(Bytes id) {
            jdbc.sql("DELETE FROM passkey_user WHERE user_handle = ?").param(id.toBase64UrlString()).update();
        }

        private PublicKeyCredentialUserEntity entity(PersonId person, Bytes handle) {
            Optional<Person> found = accounts.find(person);
            return ImmutablePublicKeyCredentialUserEntity.builder().id(handle)
                    .name(found.map(Person::email).orElse(""))
                    .displayName(found.map(Person::displayName).orElse("")).build();
        }
    }

    /** Passkeys: public keys and counters only. */
    private final class Credentials implements UserCredentialRepository {

        @Override
        public void delete(Bytes credentialId) {
            jdbc.sql("DELETE FROM passkey WHERE credential_id = ?").param(credentialId.toBase64UrlString()).update();
        }

        @Override
        public void save(CredentialRecord record) {
            String id = record.getCredentialId().toBase64UrlString();
            transaction.executeWithoutResult(status -> {
                int updated = jdbc.sql("UPDATE passkey SET signature_count = ?, backup_state = ? WHERE credential_id = ?")
                        .params(record.getSignatureCount(), record.isBackupState(), id).update();
                if (updated == 0) {
                    String person = personFor(record.getUserEntityUserId()).orElseThrow().value().toString();
                    jdbc.sql("""
                                    INSERT INTO passkey (credential_id, person_id, public_key, signature_count, uv_initialized,
                                        backup_eligible, backup_state, transports, attestation_object, client_data_json, device, created_at)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(id, person, record.getPublicKey().getBytes(), record.getSignatureCount(),
                                    record.isUvInitialized(), record.isBackupEligible(), record.isBackupState(),
                                    record.getTransports().stream().map(AuthenticatorTransport::getValue).collect(Collectors.joining(",")),
                                    record.getAttestationObject().getBytes(),
                                    record.getAttestationClientDataJSON() == null ? null : record.getAttestationClientDataJSON().getBytes(),
                                    record.getLabel() == null ? Device.UNKNOWN.code() : record.getLabel(), clock.millis())
                            .update();
                }
            });
        }

        @Override
        public CredentialRecord findByCredentialId(Bytes credentialId) {
            return records("credential_id = ?", credentialId.toBase64UrlString()).stream().findFirst().orElse(null);
        }

        @Override
        public List<CredentialRecord> findByUserId(Bytes userId) {
            return personFor(userId).map(person -> records("person_id = ?", person.value().toString())).orElse(List.of());
        }

        private List<CredentialRecord> records(String condition, String value) {
            return jdbc.sql("""
                            SELECT p.credential_id, u.user_handle, p.public_key, p.signature_count, p.uv_initialized,
                                p.backup_eligible, p.backup_state, p.transports, p.attestation_object, p.client_data_json,
                                p.device, p.created_at, p.last_used_at
                            FROM passkey p JOIN passkey_user u ON u.person_id = p.person_id WHERE p.""" + condition)
                    .param(value)
                    .query((rs, n) -> {
                        byte[] clientData = rs.getBytes(10);
                        long used = rs.getLong(13);
                        Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(used);
                        String transports = rs.getString(8);
                        return (CredentialRecord) ImmutableCredentialRecord.builder()
                                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                                .credentialId(Bytes.fromBase64(rs.getString(1)))
                                .userEntityUserId(Bytes.fromBase64(rs.getString(2)))
                                .publicKey(new ImmutablePublicKeyCose(rs.getBytes(3)))
                                .signatureCount(rs.getLong(4))
                                .uvInitialized(rs.getBoolean(5))
                                .backupEligible(rs.getBoolean(6))
                                .backupState(rs.getBoolean(7))
                                .transports(transports == null || transports.isEmpty() ? Set.of()
                                        : Arrays.stream(transports.split(",")).map(AuthenticatorTransport::valueOf)
                                                .collect(Collectors.toSet()))
                                .attestationObject(new Bytes(rs.getBytes(9)))
                                .attestationClientDataJSON(clientData == null ? null : new Bytes(clientData))
                                .label(rs.getString(11))
                                .created(Instant.ofEpochMilli(rs.getLong(12)))
                                .lastUsed(lastUsed)
                                .build();
                    }).list();
        }
    }
}
