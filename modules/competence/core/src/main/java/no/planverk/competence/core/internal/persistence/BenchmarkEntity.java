package no.planverk.competence.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.competence.api.Benchmark;
import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;

/** A full-time target or national reference figure for a year. */
@Entity
@Table(name = "PV_COMP_BENCHMARK")
public class BenchmarkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_COMP_BENCHMARK_IDS")
    @TableGenerator(name = "PV_COMP_BENCHMARK_IDS", table = "PV_COMPETENCE_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_COMP_BENCHMARK", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "REF_YEAR", nullable = false)
    private int year;

    @Column(name = "UNIT_ID")
    private Long unitId;

    @Column(name = "FULL_TIME_SHARE")
    private Double fullTimeShare;

    @Column(name = "AVERAGE_PERCENT")
    private Double averagePercent;

    @Column(name = "SOURCE", length = BenchmarkDraft.MAX_SOURCE)
    private String source;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected BenchmarkEntity() {
    }

    public BenchmarkEntity(BenchmarkDraft d) {
        apply(d);
    }

    public final void apply(BenchmarkDraft d) {
        kind = d.kind().id();
        year = d.year();
        unitId = d.unitId();
        fullTimeShare = d.fullTimeShare();
        averagePercent = d.averagePercent();
        source = d.source();
    }

    public Benchmark toRecord() {
        return new Benchmark(id, BenchmarkKind.parse(kind).orElseThrow(), year, unitId, fullTimeShare, averagePercent, source, version);
    }

    public long version() {
        return version;
    }
}
