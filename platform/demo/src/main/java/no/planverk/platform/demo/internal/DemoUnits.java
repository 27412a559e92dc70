package no.planverk.platform.demo.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.StartupWork;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo organisation units from the seed documents (Bergen's BEHO, Alver's sectors) of the configured
 * municipalities. Adds what is missing by code, so it runs at every start without duplicating or undoing edits.
 */
@Component(service = {DemoUnitsLoaded.class, StartupWork.class}, immediate = true, configurationPid = "no.planverk.demo")
@Designate(ocd = DemoUnits.Config.class)
public class DemoUnits implements DemoUnitsLoaded, StartupWork {

    @ObjectClassDefinition(name = "Planverk demo data")
    @interface Config {
        @AttributeDefinition(description = "The municipalities whose demo data is loaded: alver, bergen or both")
        String[] municipalities() default {ALVER, BERGEN};
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoUnits.class);
    private static final UserContext DEMO = UserContext.system("demo");

    /** code, name, parent code. */
    static final List<String[]> UNITS = List.of(
            new String[] {"ALVER", "Alver kommune", null},
            new String[] {"ALV-HO", "Helse og omsorg", "ALVER"},
            new String[] {"ALV-HO-HEIM", "Heimetenester", "ALV-HO"},
            new String[] {"ALV-HO-INST", "Institusjonstenester", "ALV-HO"},
            new String[] {"ALV-HO-TILD", "Tildelingskontoret", "ALV-HO"},
            new String[] {"ALV-KUL", "Kultur, frivilligheit og idrett", "ALVER"},
            new String[] {"ALV-KUL-FRIV", "Frivilligsentralen", "ALV-KUL"},
            new String[] {"ALV-OPP", "Oppvekst", "ALVER"},
            new String[] {"BERGEN", "Bergen kommune", null},
            new String[] {"BRG-BEHO", "Byrådsavdeling for eldre, helse og omsorg", "BERGEN"},
            new String[] {"BRG-UH", "Tjenester til personer med utviklingshemming", "BRG-BEHO"},
            new String[] {"BRG-SHJ", "Sykehjemsetaten", "BRG-BEHO"},
            new String[] {"BRG-HJT", "Hjemmetjenesten", "BRG-BEHO"});

    private final OrgUnitService units;
    private final DemoQueue queue = new DemoQueue();
    private volatile Set<String> municipalities;

    @Activate
    public DemoUnits(@Reference OrgUnitService units, Config config) {
        this(units, Set.of(config.municipalities()));
    }

    /** A changed list adds the units of municipalities now included; the service stays registered. */
    @Modified
    void modified(Config config) {
        addUnits(Set.of(config.municipalities()));
    }

    /** The units are the first work on the demo's thread: module demos queue behind them. */
    DemoUnits(OrgUnitService units, Set<String> municipalities) {
        this.units = units;
        addUnits(municipalities);
    }

    @Deactivate
    void stop() {
        queue.stop();
    }

    @Override
    public Future<?> load(String what, Runnable work) {
        return queue.submit(what, work);
    }

    @Override
    public List<String> pending() {
        return queue.pending();
    }

    private void addUnits(Set<String> chosen) {
        Set<String> m = chosen.stream().flatMap(x -> java.util.Arrays.stream(x.split(",")))
                .map(x -> x.strip().toLowerCase(java.util.Locale.ROOT)).filter(x -> !x.isEmpty()).collect(Collectors.toSet());
        this.municipalities = m;
        load("units", () -> addUnitsOf(m));
    }

    private synchronized void addUnitsOf(Set<String> municipalities) {
        int added = 0;
        for (String[] u : UNITS) {
            if (!municipalities.contains(municipality(u[0])) || units.findByCode(u[0]).isPresent()) {
                continue;
            }
            Long parent = u[2] == null ? null : units.findByCode(u[2]).map(OrgUnit::id).orElse(null);
            units.create(new OrgUnitDraft(u[0], u[1], parent), DEMO);
            added++;
        }
        LOG.info("Demo organisation units of {}: {} added", municipalities, added);
    }

    @Override
    public Set<String> municipalities() {
        return municipalities;
    }

    /** Alver's codes start with ALV, Bergen's with B. */
    static String municipality(String code) {
        return code.startsWith("ALV") ? ALVER : BERGEN;
    }
}
