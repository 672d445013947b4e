package io.github.restredis.local.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;

/**
 * Reads request bodies: one command as a JSON array of strings and numbers, or a pipeline as an
 * array of such arrays. Numbers keep their exact text (a 64-bit id is not rounded through a double).
 */
final class RequestParser {
  private RequestParser() {}

  static List<byte[]> command(byte[] body) throws BadRequestException {
    try (JsonReader reader = reader(body)) {
      if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        throw new BadRequestException("ERR request body must be a JSON array of command arguments");
      }
      List<byte[]> command = readCommand(reader, "");
      expectEnd(reader);
      return command;
    } catch (JsonEncodingException | JsonDataException | java.io.EOFException e) {
      throw new BadRequestException("ERR malformed JSON body: " + e.getMessage());
    } catch (IOException e) {
      throw new BadRequestException("ERR malformed JSON body: " + e.getMessage());
    }
  }

  static List<List<byte[]>> commands(byte[] body) throws BadRequestException {
    try (JsonReader reader = reader(body)) {
      if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        throw new BadRequestException("ERR request body must be a JSON array of commands");
      }
      List<List<byte[]>> commands = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
          throw new BadRequestException(
              "ERR command " + (commands.size() + 1) + " must be a JSON array of arguments");
        }
        commands.add(readCommand(reader, "command " + (commands.size() + 1) + ": "));
      }
      reader.endArray();
      expectEnd(reader);
      if (commands.isEmpty()) {
        throw new BadRequestException("ERR empty pipeline: send at least one command");
      }
      return commands;
    } catch (JsonEncodingException | JsonDataException | java.io.EOFException e) {
      throw new BadRequestException("ERR malformed JSON body: " + e.getMessage());
    } catch (IOException e) {
      throw new BadRequestException("ERR malformed JSON body: " + e.getMessage());
    }
  }

  private static JsonReader reader(byte[] body) throws BadRequestException {
    if (body.length == 0) {
      throw new BadRequestException("ERR empty request body: send a JSON array");
    }
    return JsonReader.of(new Buffer().write(body));
  }

  private static List<byte[]> readCommand(JsonReader reader, String where)
      throws IOException, BadRequestException {
    List<byte[]> arguments = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      int position = arguments.size() + 1;
      switch (reader.peek()) {
        case STRING:
        case NUMBER:
          arguments.add(reader.nextString().getBytes(StandardCharsets.UTF_8));
          break;
        case BOOLEAN:
          arguments.add(Boolean.toString(reader.nextBoolean()).getBytes(StandardCharsets.UTF_8));
          break;
        case NULL:
          throw new BadRequestException("ERR " + where + "argument " + position
              + " is null; arguments must be strings or numbers");
        case BEGIN_OBJECT:
          throw new BadRequestException("ERR " + where + "argument " + position
              + " is an object; arguments must be strings or numbers");
        case BEGIN_ARRAY:
          throw new BadRequestException("ERR " + where + "argument " + position
              + " is an array; arguments must be strings or numbers");
        default:
          throw new BadRequestException("ERR " + where + "argument " + position + " is not a string or number");
      }
    }
    reader.endArray();
    if (arguments.isEmpty()) {
      throw new BadRequestException("ERR " + where + "empty command: the array needs a command name");
    }
    return arguments;
  }

  private static void expectEnd(JsonReader reader) throws IOException, BadRequestException {
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new BadRequestException("ERR malformed JSON body: unexpected data after the array");
    }
  }
}
