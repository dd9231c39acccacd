package org.rapport.notifications;

/**
 * How far the emails of one wave have got.
 *
 * @param wave the wave
 * @param queued waiting to be sent
 * @param sending being sent now
 * @param sent accepted by the mail server
 * @param failed refused or out of attempts
 * @param interrupted cut off mid-send, waiting for an administrator
 * @param notSent held back for want of a mail server
 */
public record WaveProgress(String wave, long queued, long sending, long sent, long failed, long interrupted,
		long notSent) {

	/**
	 * All emails of the wave.
	 * @return the total
	 */
	public long total() {
		return this.queued + this.sending + this.sent + this.failed + this.interrupted + this.notSent;
	}

	/**
	 * The emails that reached an end: sent, failed, interrupted or not sent.
	 * @return how many are done
	 */
	public long done() {
		return this.sent + this.failed + this.interrupted + this.notSent;
	}

	/**
	 * The share of the wave that is done, 0 to 100, for a progress bar.
	 * @return the percentage, 100 for an empty wave
	 */
	public int percentDone() {
		return (total() == 0) ? 100 : (int) (done() * 100 / total());
	}

}
