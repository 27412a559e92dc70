package no.planverk.consultation.core.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.PartyKind;
import no.planverk.consultation.api.Phase;
import no.planverk.consultation.api.PublicConsultation;
import no.planverk.consultation.api.Subject;

/** A consultation. The parties notified are lines "kind|name" (a name has no line break). */
@Entity
@Table(name = "PV_CONSULTATION", indexes = @Index(name = "PV_CONSULTATION_PLAN", columnList = "PLAN_ID"))
public class ConsultationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_CONSULTATION_IDS")
    @TableGenerator(name = "PV_CONSULTATION_IDS", table = "PV_CONSULT_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_CONSULTATION", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "SUBJECT", nullable = false, length = 20)
    private String subject;

    @Column(name = "TITLE", nullable = false, length = ConsultationDraft.TITLE_MAX)
    private String title;

    @Column(name = "OPENS_ON", nullable = false)
    private LocalDate opensOn;

    @Column(name = "CLOSES_ON", nullable = false)
    private LocalDate closesOn;

    @Column(name = "REVISION_ID")
    private Long revisionId;

    @Lob
    @Column(name = "INTRODUCTION")
    private String introduction;

    @Lob
    @Column(name = "PARTIES")
    private String parties;

    @Column(name = "PUBLISHED", nullable = false)
    private boolean assessmentPublished;

    @Column(name = "ADOPTED_ON")
    private LocalDate adoptedOn;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ConsultationEntity() {
    }

    public ConsultationEntity(ConsultationDraft d) {
        apply(d);
    }

    public void apply(ConsultationDraft d) {
        planId = d.planId();
        subject = d.subject().id();
        title = d.title();
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        revisionId = d.revisionId();
        introduction = d.introduction();
        parties = String.join("\n", d.parties().stream().map(p -> p.kind().id() + "|" + p.name()).toList());
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long planId() {
        return planId;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public boolean published() {
        return assessmentPublished;
    }

    public void published(boolean p) {
        assessmentPublished = p;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public void adoptedOn(LocalDate d) {
        adoptedOn = d;
    }

    public Phase phase(LocalDate today) {
        return Phase.on(today, opensOn, closesOn);
    }

    private List<Party> partyList() {
        List<Party> out = new ArrayList<>();
        if (parties != null && !parties.isEmpty()) {
            for (String line : parties.split("\n")) {
                int bar = line.indexOf('|');
                out.add(new Party(PartyKind.parse(line.substring(0, bar)).orElse(PartyKind.ORGANISATION), line.substring(bar + 1)));
            }
        }
        return out;
    }

    public Consultation toRecord(int submissions) {
        return new Consultation(id, planId, Subject.parse(subject).orElseThrow(), title, opensOn, closesOn, revisionId, introduction,
                partyList(), submissions, assessmentPublished, adoptedOn, version);
    }

    public PublicConsultation toPublic(int submissions, LocalDate today) {
        return new PublicConsultation(id, planId, Subject.parse(subject).orElseThrow(), title, opensOn, closesOn, revisionId,
                introduction == null ? "" : introduction, partyList(), phase(today), submissions, assessmentPublished);
    }
}
