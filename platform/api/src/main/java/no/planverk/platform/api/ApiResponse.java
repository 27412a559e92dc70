package no.planverk.platform.api;

/** Status and a body the platform writes as JSON ({@code null} for none). */
public record ApiResponse(int status, Object body) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }

    /**
     * A body that is not JSON, such as a CSV export: written as is with its content type, and offered as a
     * download named {@code fileName} when that is not null.
     */
    public record Text(String contentType, String text, String fileName) {
    }

    /** 200 with a text body, e.g. {@code text("text/csv;charset=UTF-8", csv, "plans.csv")}. */
    public static ApiResponse text(String contentType, String text, String fileName) {
        return new ApiResponse(200, new Text(contentType, text, fileName));
    }

    /** A binary body, such as a PDF or a spreadsheet, offered as a download named {@code fileName}. */
    public record Bytes(String contentType, byte[] bytes, String fileName) {
    }

    /** 200 with a binary body, e.g. {@code bytes("application/pdf", pdf, "oppfolging-2025.pdf")}. */
    public static ApiResponse bytes(String contentType, byte[] bytes, String fileName) {
        return new ApiResponse(200, new Bytes(contentType, bytes, fileName));
    }

    /** 405 with a JSON message naming the allowed methods. */
    public static ApiResponse methodNotAllowed(String method, String allowed) {
        return new ApiResponse(405, new ApiError(405, "Method " + method + " is not allowed here; use " + allowed, null));
    }
}
