package vn.edu.taphuan.xapi.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer of xAPI statements for tests (Data 2.6): an RSA key with a self-signed X.509 certificate, made by the
 * JDK's keytool (the JDK has no public API to make a certificate), and JWS compact serializations made with it.
 */
public final class TestSigner {
    private final PrivateKey key;
    private final X509Certificate certificate;

    private TestSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public static TestSigner create() {
        try {
            Path dir = Files.createTempDirectory("xapi-signer");
            Path store = dir.resolve("signer.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048",
                    "-dname", "CN=Tập huấn test signer", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, "changeit".toCharArray());
            }
            return new TestSigner((PrivateKey) ks.getKey("signer", "changeit".toCharArray()), (X509Certificate) ks.getCertificate("signer"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JWS of {@code payload} with {@code algorithm}, with the certificate as x5c when {@code x5c}. */
    public String sign(String payload, JWSAlgorithm algorithm, boolean x5c) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JOSE);
            if (x5c) {
                header.x509CertChain(List.of(Base64.encode(certificate.getEncoded())));
            }
            JWSObject jws = new JWSObject(header.build(), new Payload(payload));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
