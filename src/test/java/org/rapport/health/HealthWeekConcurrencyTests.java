package org.rapport.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.SignedIn;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Stance;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recomputations of health running at once, on real threads: the nightly kind over every
 * relationship and the kind each change makes, while tiers change underneath. None fails,
 * the week's totals equal the sum of the week's history, and every stored score is the
 * one the relationship has now.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthWeekConcurrencyTests {

	private static final int RELATIONSHIPS = 6;

	private static final int THREADS = 6;

	private static final int ROUNDS = 8;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	HealthRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long network;

	long owner;

	final List<Long> counterparts = new ArrayList<>();

	final List<Long> ids = new ArrayList<>();

	@BeforeAll
	void portfolio() {
		DirectoryFixtures people = DirectoryFixtures.of(this.directory);
		this.network = people.itGroup("Week Network");
		this.owner = people.itPerson("Week Owner", this.network);
		SignedIn.asSystem(() -> {
			for (int i = 0; i < RELATIONSHIPS; i++) {
				long vendor = people.vendor("Week Vendor " + i);
				this.counterparts.add(vendor);
				long id = this.relationships
					.establish(new RelationshipDraft(this.network, vendor, this.owner, Tier.CORE, List.of()))
					.id();
				this.ids.add(id);
				// Half have a stakeholder to be scored by; the others are new and count
				// in
				// no total.
				if (i % 2 == 0) {
					this.relationships.addStakeholder(id,
							new StakeholderDraft(null, "Week Contact " + i, null, null, 3, 3, Stance.SUPPORTER, null));
				}
			}
			return null;
		});
	}

	@Test
	void concurrentRecomputationsKeepTheWeeksTotalsEqualToItsHistory() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				work.add(pool.submit(() -> {
					start.await();
					for (int round = 0; round < ROUNDS; round++) {
						if ((thread + round) % 2 == 0) {
							List<Long> shuffled = new ArrayList<>(this.ids);
							Collections.shuffle(shuffled);
							this.recorder.recompute(shuffled);
						}
						else {
							int index = (thread * ROUNDS + round) % RELATIONSHIPS;
							Tier tier = Tier.values()[(thread + round) % Tier.values().length];
							try {
								SignedIn.asSystem(() -> this.relationships.change(this.ids.get(index),
										new RelationshipDraft(this.network, this.counterparts.get(index), this.owner,
												tier, List.of())));
							}
							catch (OptimisticLockingFailureException lostRace) {
								// Two threads changed one relationship at once: the later
								// is
								// refused and changes nothing, which the totals must
								// survive too.
							}
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> done : work) {
				done.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		LocalDate week = HealthInputsReader.weekOf(LocalDate.now(this.clock));
		Map<String, Object> totals = this.jdbc
			.sql("select score_sum, scored, at_risk from health_week where week_on = :week")
			.param("week", week)
			.query()
			.singleRow();
		Map<String, Object> history = this.jdbc.sql("""
				select coalesce(sum(score), 0) as score_sum, count(*) as scored,
				  coalesce(sum(case when band = 'AT_RISK' then 1 else 0 end), 0) as at_risk
				from health_history where week_on = :week and band <> 'NEW'
				""").param("week", week).query().singleRow();
		assertThat(((Number) totals.get("score_sum")).longValue())
			.isEqualTo(((Number) history.get("score_sum")).longValue());
		assertThat(((Number) totals.get("scored")).longValue()).isEqualTo(((Number) history.get("scored")).longValue())
			.isGreaterThanOrEqualTo(RELATIONSHIPS / 2);
		assertThat(((Number) totals.get("at_risk")).longValue())
			.isEqualTo(((Number) history.get("at_risk")).longValue());
		for (Health live : this.recorder.live(this.ids)) {
			assertThat(this.jdbc.sql("select score from health_score where relationship_id = :id")
				.param("id", live.relationshipId())
				.query(Integer.class)
				.single()).as("stored score of relationship %d", live.relationshipId()).isEqualTo(live.score());
			assertThat(this.jdbc.sql("select score from health_history where relationship_id = :id and week_on = :week")
				.param("id", live.relationshipId())
				.param("week", week)
				.query(Integer.class)
				.single()).isEqualTo(live.score());
		}
	}

}
