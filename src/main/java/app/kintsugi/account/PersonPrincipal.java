package app.kintsugi.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the session remembers them: an id and nothing else. The name in the
 * session store is the id, so the session table holds no email and no display name.
 */
public final class PersonPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;
    private final PersonId id;
    private final AccountRole role;
    private String passwordHash;

    PersonPrincipal(PersonId id, String passwordHash) {
        this(id, passwordHash, AccountRole.PERSON);
    }

    PersonPrincipal(PersonId id, String passwordHash, AccountRole role) {
        this.id = id;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public PersonId id() {
        return id;
    }

    /** Sessions stored before accounts had roles hold no role: they were all people. */
    public AccountRole role() {
        return role == null ? AccountRole.PERSON : role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return id.value().toString();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonPrincipal other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PersonPrincipal[" + id + ", " + role() + "]";
    }
}
