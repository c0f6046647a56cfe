package app.colloquy.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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

    /** Claims signed with Colloquy's key (RS256, its key id in the header), as a compact JWT. */
    String signed(JWTClaimsSet claims) {
        RSAKey key = key();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The key, with its private half, for signing. */
    private RSAKey key() {
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
