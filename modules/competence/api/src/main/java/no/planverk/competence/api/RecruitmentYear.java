package no.planverk.competence.api;

/** FTE needed by the forecast, FTE left of today's staff, and the recruitment gap = needed − projected. */
public record RecruitmentYear(int year, double neededFte, double projectedFte, double gap) {
}
