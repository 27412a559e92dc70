package no.planverk.forecasting.core.internal.persistence;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.core.internal.Parsed;

/** A stored input: its canonical CSV and what a list shows of it. */
@Entity
@Table(name = "PV_FORECAST_INPUT", indexes = @Index(name = "PV_FORECAST_INPUT_KIND", columnList = "KIND,NAME_LC"))
public class InputEntity {
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    /** 50 MB of CSV: far beyond 121 ages × 200 years. */
    static final int MAX_CONTENT = 50_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_FORECAST_INPUT_IDS")
    @TableGenerator(name = "PV_FORECAST_INPUT_IDS", table = "PV_FORECAST_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_FORECAST_INPUT", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "NAME", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "NAME_LC", nullable = false, length = MAX_NAME)
    private String nameLc;

    @Column(name = "DESCRIPTION", length = MAX_DESCRIPTION)
    private String description;

    @Lob
    @Column(name = "CONTENT", nullable = false, length = MAX_CONTENT)
    private String content;

    @Column(name = "ROW_COUNT", nullable = false)
    private int rows;

    @Column(name = "SUMMARY", nullable = false, length = 200)
    private String summary;

    /** The SSB source as JSON ({@link Sources}); null for Planverk's CSV. */
    @Column(name = "SOURCE", length = Sources.MAX)
    private String source;

    @Column(name = "UPDATED", nullable = false)
    private LocalDateTime updated; // UTC

    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected InputEntity() {
    }

    public InputEntity(InputKind kind) {
        this.kind = kind.id();
    }

    public void name(String name, String description) {
        this.name = name;
        this.nameLc = name.toLowerCase(java.util.Locale.ROOT);
        this.description = description;
    }

    public void content(Parsed parsed) {
        this.content = parsed.csv();
        this.rows = parsed.rows();
        this.summary = parsed.summary();
        this.source = Sources.write(parsed.source());
    }

    public void touched(String by, LocalDateTime at) {
        this.updatedBy = by.length() > 100 ? by.substring(0, 100) : by;
        this.updated = at;
    }

    long id() {
        return id;
    }

    public long version() {
        return version;
    }

    InputKind kind() {
        return InputKind.parse(kind).orElseThrow();
    }

    public String content() {
        return content;
    }

    InputSource source() {
        return Sources.read(source);
    }

    public InputInfo info() {
        return new InputInfo(id, kind(), name, description, rows, summary, updated, updatedBy, version, source());
    }
}
