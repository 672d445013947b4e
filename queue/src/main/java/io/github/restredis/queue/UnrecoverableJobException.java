package io.github.restredis.queue;

/**
 * Thrown by a {@link JobHandler} when retrying cannot help (invalid input, a permanent refusal):
 * the job goes to the dead-letter list without using its remaining deliveries.
 */
public class UnrecoverableJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the job cannot succeed; stored as the job's error
   */
  public UnrecoverableJobException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message why the job cannot succeed; stored as the job's error
   * @param cause the underlying failure
   */
  public UnrecoverableJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
