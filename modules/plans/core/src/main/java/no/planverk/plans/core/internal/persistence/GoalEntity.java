package no.planverk.plans.core.internal.persistence;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Ownership;

@Entity
@Table(name = "PV_GOAL", indexes = {@Index(name = "PV_GOAL_PLAN", columnList = "PLAN_ID"),
        @Index(name = "PV_GOAL_SERVES", columnList = "SERVES_GOAL_ID"), @Index(name = "PV_GOAL_PARENT", columnList = "PARENT_ID")})
public class GoalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_GOAL_IDS")
    @TableGenerator(name = "PV_GOAL_IDS", table = "PV_PLANS_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_GOAL", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "GOAL_LEVEL", nullable = false, length = 20)
    private String level;

    @Column(name = "GOAL_CODE", length = GoalDraft.MAX_CODE)
    private String code;

    @Column(name = "GOAL_TEXT", nullable = false, length = GoalDraft.MAX_TEXT)
    private String text;

    @Column(name = "SEARCH_TEXT", nullable = false, length = GoalDraft.MAX_TEXT + GoalDraft.MAX_CODE + 1)
    private String searchText;

    /** The UN sustainable development goals (1-17) the goal serves (schema 3 moved them out of a text column). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PV_GOAL_SDG", joinColumns = @JoinColumn(name = "GOAL_ID"))
    @Column(name = "SDG", nullable = false)
    private Set<Integer> sdgs = new TreeSet<>();

    @Column(name = "SERVES_GOAL_ID")
    private Long servesGoalId;

    @Column(name = "OWNERSHIP", nullable = false, length = 20)
    private String ownership;

    @Column(name = "POSITION_NO", nullable = false)
    private int position;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected GoalEntity() {
    }

    public GoalEntity(GoalDraft draft) {
        apply(draft);
    }

    public void apply(GoalDraft d) {
        planId = d.planId();
        parentId = d.parentId();
        level = d.level().id();
        code = d.code();
        text = d.text();
        searchText = ((code == null ? "" : code + " ") + text).toLowerCase(java.util.Locale.ROOT);
        sdgs.clear();
        sdgs.addAll(d.sdgs());
        servesGoalId = d.servesGoalId();
        ownership = d.ownership().id();
        position = d.position();
    }

    public void setServesGoalId(Long id) {
        servesGoalId = id;
    }

    public String code() {
        return code;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long planId() {
        return planId;
    }

    public Long parentId() {
        return parentId;
    }

    public GoalLevel level() {
        return GoalLevel.parse(level).orElseThrow();
    }

    public Goal toRecord() {
        List<Integer> s = List.copyOf(new TreeSet<>(sdgs));
        return new Goal(id, planId, parentId, level(), code, text, s, servesGoalId,
                Ownership.parse(ownership).orElse(Ownership.THIS_PLAN), position, version);
    }
}
