package no.planverk.forecasting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputTarget;
import no.planverk.forecasting.api.InputTransfer;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InputTransferTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final String BAD = "service;age_from;age_to;users\nhome;0;2;3\nhome;3;x;14\n";

    final ForecastingFixture fx = ForecastingFixture.inMemory();
    final InputTransfer transfer = new InputTransferImpl(fx.service(), fx.csv());

    @AfterEach
    void close() {
        fx.close();
    }

    static ImportFile users(String csv) {
        return new ImportFile(FileFormat.CSV, "service-users", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void kindsAndFormats() {
        assertEquals("forecasting", transfer.module());
        assertEquals(List.of("population", "service-users", "costs", "dementia", "housing"), transfer.kinds());
        assertEquals(Set.of(FileFormat.CSV, FileFormat.JSON), transfer.importFormats("population"));
        assertEquals(Set.of(FileFormat.CSV), transfer.importFormats("housing"));
        assertThrows(InvalidInputException.class, () -> transfer.preview(new ImportFile(FileFormat.JSON, "costs", new byte[1]), PLANNER));
        assertThrows(InvalidInputException.class, () -> transfer.preview(new ImportFile(FileFormat.CSV, "people", new byte[1]), PLANNER));
    }

    @Test
    void aPreviewParsesAndStoresNothing() {
        ImportSummary s = transfer.with(() -> InputTarget.named("Brukarar", null, Map.of())).preview(users(ForecastServiceImplTest.USERS),
                PLANNER);
        assertTrue(s.ok());
        assertFalse(s.committed());
        assertEquals(5, s.rows());
        assertEquals(List.of(), fx.service().inputs(null));
        assertTrue(fx.audit().calls().isEmpty());
        assertThrows(AccessDeniedException.class, () -> transfer.preview(users(ForecastServiceImplTest.USERS), UserContext.of("lesar",
                Role.READER)));
    }

    @Test
    void aCommitStoresTheNamedInputOrReplacesOne() {
        ImportSummary created = transfer.with(() -> InputTarget.named("Brukarar", "KOSTRA", Map.of())).commit(
                users(ForecastServiceImplTest.USERS), PLANNER);
        assertTrue(created.committed());
        assertEquals(1, created.created());
        InputInfo info = fx.service().inputs(InputKind.SERVICE_USERS).get(0);
        assertEquals("Brukarar", info.name());
        ImportSummary replaced = transfer.with(() -> InputTarget.replacing(info.id(), info.version(), "Brukarar 2", null, Map.of()))
                .commit(users("service,age_from,age_to,users\nhome,0,120,7\n"), PLANNER);
        assertEquals(1, replaced.updated());
        assertEquals(1, fx.service().inputs(InputKind.SERVICE_USERS).size());
        assertEquals(1, fx.service().inputs(InputKind.SERVICE_USERS).get(0).rows());
    }

    @Test
    void aBadFileIsRefusedWithEveryRowErrorAndStoresNothing() {
        InputTransfer named = transfer.with(() -> InputTarget.named("Brukarar", null, Map.of()));
        ImportSummary s = named.commit(users(BAD), PLANNER);
        assertFalse(s.committed());
        assertEquals(List.of(3), s.errors().stream().map(RowError::line).toList());
        assertEquals(List.of(), fx.service().inputs(null));
        InvalidCsvException e = assertThrows(InvalidCsvException.class, () -> named.store(users(BAD), PLANNER));
        assertEquals(s.errors(), e.errors());
    }
}
