package app.kintsugi.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey in software, for tests: an ES256 key pair that answers WebAuthn's options exactly as a
 * browser's {@code navigator.credentials} would hand them to the page's script (the same JSON the
 * page sends), with "none" attestation. It can leave out the owner check (user verification), replay
 * an old answer, or sign for another origin, as an attacker's device would.
 */
final class SoftPasskey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private final String origin;
    private byte[] userHandle;
    private long counter;
    private boolean verifiesUser = true;

    SoftPasskey(String origin) {
        this.origin = origin;
        RANDOM.nextBytes(credentialId);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on the device does not check who holds it (a security key without a PIN). */
    SoftPasskey withoutUserVerification() {
        verifiesUser = false;
        return this;
    }

    String id() {
        return B64.encodeToString(credentialId);
    }

    /** The answer to {@code navigator.credentials.create} for these creation options. */
    String create(String optionsJson) {
        JsonNode options = JSON.readTree(optionsJson);
        String rpId = options.get("rp").get("id").asString();
        userHandle = B64D.decode(options.get("user").get("id").asString());
        byte[] clientData = clientData("webauthn.create", options.get("challenge").asString());
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                (byte) (AuthenticatorData.BIT_UP | (verifiesUser ? AuthenticatorData.BIT_UV : 0) | AuthenticatorData.BIT_AT), counter, attested);
        byte[] attestation = new AttestationObjectConverter(new ObjectConverter())
                .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("attestationObject", B64.encodeToString(attestation));
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("transports", new String[] {"internal"});
        return credential(response);
    }

    /** The answer to {@code navigator.credentials.get} for these request options. */
    String get(String optionsJson) {
        JsonNode options = JSON.readTree(optionsJson);
        return sign(options.get("rpId").asString(), options.get("challenge").asString(), origin);
    }

    /** An answer signed for another site's origin, as a phishing page would relay it. */
    String getFor(String optionsJson, String otherOrigin) {
        JsonNode options = JSON.readTree(optionsJson);
        return sign(options.get("rpId").asString(), options.get("challenge").asString(), otherOrigin);
    }

    private String sign(String rpId, String challenge, String signedOrigin) {
        counter++;
        byte[] clientData = clientData("webauthn.get", challenge, signedOrigin);
        byte[] authenticatorData = ByteBuffer.allocate(37).put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
                .put((byte) (AuthenticatorData.BIT_UP | (verifiesUser ? AuthenticatorData.BIT_UV : 0)))
                .putInt((int) counter).array();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("authenticatorData", B64.encodeToString(authenticatorData));
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("signature", B64.encodeToString(signature));
        response.put("userHandle", userHandle == null ? null : B64.encodeToString(userHandle));
        return credential(response);
    }

    private String credential(Map<String, Object> response) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("id", id());
        credential.put("rawId", id());
        credential.put("type", "public-key");
        credential.put("response", response);
        credential.put("clientExtensionResults", Map.of());
        credential.put("authenticatorAttachment", "platform");
        return JSON.writeValueAsString(credential);
    }

    private byte[] clientData(String type, String challenge) {
        return clientData(type, challenge, origin);
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("challenge", challenge);
        data.put("origin", origin);
        data.put("crossOrigin", false);
        return JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
