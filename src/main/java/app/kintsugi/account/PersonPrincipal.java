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
    private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_PERSON"));

    private final PersonId id;
    private String passwordHash;

    PersonPrincipal(PersonId id, String passwordHash) {
        this.id = id;
        this.passwordHash = passwordHash;
    }

    public PersonId id() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
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
        return "PersonPrincipal[" + id + "]";
    }
}
