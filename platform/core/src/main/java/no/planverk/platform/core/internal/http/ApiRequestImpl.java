package no.planverk.platform.core.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;

record ApiRequestImpl(String method, List<String> segments, Map<String, String> parameters, UserContext user,
        byte[] bodyBytes) implements ApiRequest {

    @Override
    public Optional<String> query(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public <T> T body(Class<T> type) {
        return Json.read(bodyText(), type);
    }

    @Override
    public String bodyText() {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bodyBytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Message.of("platform.body.notUtf8", "The body is not UTF-8 text; save the file as UTF-8 and send it again."));
        }
    }
}
