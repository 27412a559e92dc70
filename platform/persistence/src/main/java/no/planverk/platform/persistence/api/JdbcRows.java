package no.planverk.platform.persistence.api;

import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** New rows inserted in JDBC batches on a transaction's connection, for imports of many rows (issue 18). */
public final class JdbcRows {

    /** Rows per batch sent to the database. */
    public static final int BATCH = 500;

    private JdbcRows() {
    }

    /** Inserts {@code rows}, each the values of {@code sql}'s parameters in order (null as SQL NULL of the column's type). */
    public static void insert(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ParameterMetaData types = ps.getParameterMetaData();
            int[] type = new int[types.getParameterCount()];
            for (int i = 0; i < type.length; i++) {
                type[i] = types.getParameterType(i + 1);
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, type[i]);
                    } else {
                        ps.setObject(i + 1, row[i], type[i]);
                    }
                }
                ps.addBatch();
                if ((r + 1) % BATCH == 0 || r == rows.size() - 1) {
                    ps.executeBatch();
                }
            }
        }
    }
}
