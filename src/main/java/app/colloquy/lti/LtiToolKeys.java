package app.colloquy.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Colloquy's own signing key for LTI, made on first use and kept in the database so every node
 * signs with the same one; its public half is published for platforms (anyone may read it).
 */
@Service
public class LtiToolKeys {

    private final LtiRepository lti;

    LtiToolKeys(LtiRepository lti) {
        this.lti = lti;
    }

    /** The public key set, as JSON, for the platform's tool registration ("public keyset URL"). */
    @Transactional
    public String publicKeySet() {
        return new JWKSet(key().toPublicJWK()).toString();
    }

    /** The key, with its private half, for signing. */
    RSAKey key() {
        String stored = lti.findToolKey().orElseGet(() -> {
            lti.insertToolKeyIfNone(generated().toJSONString());
            return lti.findToolKey().orElseThrow();
        });
        try {
            return RSAKey.parse(stored);
        } catch (ParseException unreadable) {
            throw new IllegalStateException("The stored LTI tool key cannot be read", unreadable);
        }
    }

    private static RSAKey generated() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
