package no.planverk.competence.api;

import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Full-time culture against targets and national figures. Everyone reads; planners change the benchmarks (audited). */
@ProviderType
public interface FulltimeService {

    FulltimeReport report(long unitId);

    List<Benchmark> benchmarks();

    Benchmark create(BenchmarkDraft draft, UserContext by);

    Benchmark update(long id, long version, BenchmarkDraft draft, UserContext by);

    void delete(long id, long version, UserContext by);
}
