package org.rapport.surveys;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Respondent sets: their stored form, their fingerprint and the count of responses in
 * which two of them differ.
 */
class RespondentSetTests {

	/**
	 * The hash of {1, 2, 3}, worked out apart from this code: h = 0x9E3779B97F4A7C15 x 4,
	 * then for each id h = mix(h ^ mix(id + 0x9E3779B97F4A7C15)) with SplitMix64's
	 * finaliser as mix, in unsigned 64-bit arithmetic.
	 */
	static final long FINGERPRINT_OF_1_2_3 = -5603677989626844749L;

	@Test
	void holdsIdsSortedWithoutRepeats() {
		RespondentSet set = RespondentSet.of(30, 10, 20, 10);

		assertThat(set.ids()).containsExactly(10, 20, 30);
		assertThat(set.size()).isEqualTo(3);
		assertThat(set.contains(20)).isTrue();
		assertThat(set.contains(25)).isFalse();
		assertThat(set).isEqualTo(RespondentSet.of(List.of(10L, 20L, 30L)))
			.isEqualTo(RespondentSet.ofSorted(new long[] { 10, 20, 30 }));
	}

	@Test
	void refusesSortedIdsThatAreNotStrictlyAscending() {
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.ofSorted(new long[] { 1, 3, 3 }))
			.withMessageContaining("index 2");
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.ofSorted(new long[] { 2, 1 }));
	}

	@Test
	void takesAwayJoinsAndTellsSubsets() {
		RespondentSet whole = RespondentSet.of(1, 2, 3, 4, 5, 6);

		assertThat(whole.minus(RespondentSet.of(2, 4, 9)).ids()).containsExactly(1, 3, 5, 6);
		assertThat(whole.containsAll(RespondentSet.of(2, 4, 6))).isTrue();
		assertThat(whole.containsAll(whole)).isTrue();
		assertThat(whole.containsAll(RespondentSet.of(2, 4, 9))).isFalse();
		assertThat(RespondentSet.of(2, 4).containsAll(whole)).isFalse();
		assertThat(RespondentSet.union(List.of(RespondentSet.of(1, 3), RespondentSet.of(3, 7), RespondentSet.empty()))
			.ids()).containsExactly(1, 3, 7);
	}

	@Test
	void encodesAsFormatCountFirstIdAndGapsInVarints() {
		// 01 format; 03 three ids; 1 zigzags to 02; gap 2 is 02; gap 297 is
		// 0b10_0101001: low seven bits 0x29 with the continuation bit, A9, then 02.
		byte[] bytes = RespondentSet.of(1, 3, 300).encode();

		assertThat(bytes).containsExactly(0x01, 0x03, 0x02, 0x02, 0xA9, 0x02);
		assertThat(RespondentSet.decode(bytes).ids()).containsExactly(1, 3, 300);
		assertThat(RespondentSet.empty().encode()).containsExactly(0x01, 0x00);
	}

	@Test
	void encodesConsecutiveIdsInAboutAByteEach() {
		// 1 format + 2 for the count 1000 + 3 for 2,000,000 (the first id zigzagged,
		// below 2^21) + 999 gaps of one byte = 1005.
		RespondentSet set = RespondentSet.ofSorted(LongStream.range(1_000_000, 1_001_000).toArray());

		assertThat(set.encode()).hasSize(1005);
	}

	@Test
	void decodesWhatItEncodedForAnyIds() {
		SplittableRandom seeds = new SplittableRandom(11_2026_12_01L);
		for (int i = 0; i < 5_000; i++) {
			long seed = seeds.nextLong();
			SplittableRandom random = new SplittableRandom(seed);
			RespondentSet set = RespondentSet.of(randomIds(random));

			RespondentSet decoded = RespondentSet.decode(set.encode());

			assertThat(decoded).as("seed %d", seed).isEqualTo(set);
			assertThat(decoded.ids()).as("seed %d", seed).containsExactly(set.ids());
			assertThat(decoded.fingerprint()).as("seed %d", seed).isEqualTo(set.fingerprint());
		}
		RespondentSet extremes = RespondentSet.of(Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE);
		assertThat(RespondentSet.decode(extremes.encode())).isEqualTo(extremes);
	}

	@Test
	void refusesBytesThatAreNotAnEncodedSet() {
		byte[] good = RespondentSet.of(1, 3, 300).encode();
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.decode(new byte[0]));
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.decode(new byte[] { 2, 0 }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RespondentSet.decode(Arrays.copyOf(good, good.length - 1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RespondentSet.decode(Arrays.copyOf(good, good.length + 1)))
			.withMessageContaining("after its last id");
		// A gap of 0 would repeat an id.
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.decode(new byte[] { 1, 2, 2, 0 }))
			.withMessageContaining("strictly ascending");
		// Long.MAX_VALUE zigzags to 2^64 - 2; a gap of 1 after it would wrap round.
		byte[] wraps = { 1, 2, (byte) 0xFE, -1, -1, -1, -1, -1, -1, -1, -1, 0x01, 0x01 };
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.decode(wraps))
			.withMessageContaining("strictly ascending");
		// A count of 127 ids in no bytes.
		assertThatIllegalArgumentException().isThrownBy(() -> RespondentSet.decode(new byte[] { 1, 0x7F }));
	}

	@Test
	void equalSetsHaveEqualFingerprintsAndDifferentOnesDiffer() {
		assertThat(RespondentSet.of(5, 1, 9).fingerprint()).isEqualTo(RespondentSet.of(1, 9, 5, 1).fingerprint());
		assertThat(RespondentSet.of(1, 2).fingerprint()).isNotEqualTo(RespondentSet.of(1, 3).fingerprint());
		assertThat(RespondentSet.of(1, 2).fingerprint().size()).isEqualTo(2);

		// Nearby sets, as filters give them, never collide in 20,000 draws.
		SplittableRandom random = new SplittableRandom(13);
		Map<Long, RespondentSet> byHash = new HashMap<>();
		for (int i = 0; i < 20_000; i++) {
			RespondentSet set = RespondentSet.of(randomIds(random));
			RespondentSet before = byHash.putIfAbsent(set.fingerprint().hash(), set);
			assertThat(before).as("a set with the hash of %s", set).isIn(null, set);
		}
	}

	@Test
	void theFingerprintHashStaysAsStored() {
		// Stored beside the encoded sets: a change here makes every stored fingerprint
		// wrong.
		assertThat(RespondentSet.of(1, 2, 3).fingerprint().hash()).isEqualTo(FINGERPRINT_OF_1_2_3);
		assertThat(RespondentSet.empty().fingerprint())
			.isEqualTo(new RespondentSet.Fingerprint(0, 0x9E3779B97F4A7C15L));
	}

	@Test
	void countsTheSymmetricDifferenceUpToTheLimit() {
		// {1..10} and {3..12}: 1, 2 only in the first, 11, 12 only in the second.
		long[] a = LongStream.rangeClosed(1, 10).toArray();
		long[] b = LongStream.rangeClosed(3, 12).toArray();

		assertThat(RespondentSet.symmetricDifference(a, b, 10)).isEqualTo(4);
		assertThat(RespondentSet.symmetricDifference(a, b, 3)).isEqualTo(3);
		assertThat(RespondentSet.symmetricDifference(a, a, 5)).isZero();
		// Sizes 10 and 2 differ by 8, so at least 8 whatever the ids.
		assertThat(RespondentSet.symmetricDifference(a, new long[] { 1, 2 }, 5)).isEqualTo(5);
		assertThat(RespondentSet.of(a).symmetricDifference(RespondentSet.of(b), 100)).isEqualTo(4);
	}

	@Test
	void theSymmetricDifferenceAgreesWithCountingBySets() {
		SplittableRandom seeds = new SplittableRandom(17_2026_12_01L);
		for (int i = 0; i < 10_000; i++) {
			long seed = seeds.nextLong();
			SplittableRandom random = new SplittableRandom(seed);
			long[] a = RespondentSet.of(randomIds(random)).ids();
			long[] b = nearby(random, a);
			int limit = 1 + random.nextInt(12);
			TreeSet<Long> onlyOne = new TreeSet<>();
			for (long id : a) {
				onlyOne.add(id);
			}
			for (long id : b) {
				if (!onlyOne.remove(id)) {
					onlyOne.add(id);
				}
			}

			assertThat(RespondentSet.symmetricDifference(a, b, limit)).as("seed %d", seed)
				.isEqualTo(Math.min(limit, onlyOne.size()));
		}
	}

	/** Up to 60 ids, dense or sparse, sometimes negative. */
	static long[] randomIds(SplittableRandom random) {
		int size = random.nextInt(61);
		long base = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(1_000_000);
		long spread = random.nextBoolean() ? 3 * size + 1 : Long.MAX_VALUE / 4;
		long[] ids = new long[size];
		for (int i = 0; i < size; i++) {
			ids[i] = base + random.nextLong(spread);
		}
		return ids;
	}

	/** The ids with a few taken out and a few added. */
	static long[] nearby(SplittableRandom random, long[] ids) {
		TreeSet<Long> set = new TreeSet<>();
		for (long id : ids) {
			if (random.nextInt(8) != 0) {
				set.add(id);
			}
		}
		int added = random.nextInt(6);
		for (int i = 0; i < added; i++) {
			set.add((ids.length > 0 ? ids[0] : 0) + random.nextLong(200));
		}
		return set.stream().mapToLong(Long::longValue).toArray();
	}

}
