package vn.gnbv.tracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.geo.UnitLookup;

/** Builds {@link Me} from the token the request carries; reads no figure, only the units its scope claim names. */
@RequestScoped
public class MeService {
    private static final List<String> KNOWN = List.of(
            Roles.ADMIN,
            Roles.PROVINCE_MANAGER,
            Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER,
            Roles.VIEWER,
            Roles.API_READER,
            Roles.UPLOADER);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    CallerScope scope;

    @Inject
    UnitLookup units;

    public Me get() {
        String username = scope.actor().username();
        String name = jwt.getClaim("name");
        List<String> roles =
                KNOWN.stream().filter(identity.getRoles()::contains).toList();
        List<Me.ScopeUnit> scoped = scope.codes().stream()
                .map(this::named)
                .flatMap(Optional::stream)
                .toList();
        return new Me(username, name == null || name.isBlank() ? username : name, roles, scope.national(), scoped);
    }

    /** The code's version valid today, else the one that ended last (a unit the reform abolished). */
    private Optional<Me.ScopeUnit> named(String code) {
        LocalDate today = LocalDate.now();
        List<UnitLookup.Unit> versions = units.versions(code);
        Optional<UnitLookup.Unit> chosen = versions.stream()
                .filter(u -> u.validAt(today))
                .findFirst()
                .or(() -> versions.stream().max(Comparator.comparing(UnitLookup.Unit::validFrom)));
        return chosen.map(u -> new Me.ScopeUnit(
                u.id(), u.code(), u.name(), Me.english(u.name()), u.level(), u.validFrom(), u.validTo()));
    }
}
