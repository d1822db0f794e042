package org.missionplanner.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.missionplanner.mission.CountryNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the deployment reference data shipped in {@code src/main/resources/deployment} into its
 * tables, at every start and in every profile. Each file is loaded whole, in one transaction, only
 * when its checksum differs from the one recorded by the last load: a second start, or a second run,
 * changes nothing. Instances starting together take turns (an advisory lock).
 */
@Component
public class DeploymentDataImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeploymentDataImport.class);

    /** Names RADPKO uses that the JDK's English country names do not. */
    private static final Map<String, String> CONTRIBUTOR_CODES = Map.of(
            "uk", "GB",
            "russia", "RU",
            "south korea", "KR",
            "vietnam", "VN",
            "tanzania", "TZ",
            "bolivia", "BO",
            "congo", "CG");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeploymentDataImport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        importAll();
    }

    /** Loads every file whose content changed since it was last loaded; returns how many were. */
    public int importAll() {
        Integer loaded = transactions.execute(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext('deployment_import'))");
            return load("geopko-locations.csv", this::locations)
                    + load("radpko-totals.csv", this::totals)
                    + load("radpko-contributors.csv", this::contributors);
        });
        return loaded == null ? 0 : loaded;
    }

    private int load(String file, Loader loader) {
        byte[] content = read(file);
        String checksum = sha256(content);
        List<String> recorded =
                jdbc.queryForList("select checksum from deployment_import where source = ?", String.class, file);
        if (recorded.contains(checksum)) {
            return 0;
        }
        List<CSVRecord> records = parse(content);
        loader.load(records);
        jdbc.update("""
                insert into deployment_import (source, checksum, row_count, imported_at) values (?, ?, ?, ?)
                on conflict (source) do update
                   set checksum = excluded.checksum, row_count = excluded.row_count, imported_at = excluded.imported_at""", file, checksum, records.size(), Timestamp.from(clock.instant()));
        log.info("Deployment data: loaded {} rows of {}", records.size(), file);
        return 1;
    }

    private void locations(List<CSVRecord> records) {
        jdbc.update("delete from deployment_location");
        jdbc.batchUpdate("""
                insert into deployment_location (mission_acronym, year, name, country, latitude, longitude, troops,
                       headquarters, police, observers) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records, 500, (statement, r) -> {
            statement.setString(1, acronym(r.get("mission")));
            statement.setInt(2, Integer.parseInt(r.get("year")));
            statement.setString(3, r.get("location").trim());
            statement.setString(4, r.get("country").trim());
            statement.setDouble(5, Double.parseDouble(r.get("latitude")));
            statement.setDouble(6, Double.parseDouble(r.get("longitude")));
            statement.setInt(7, Integer.parseInt(r.get("troops")));
            statement.setInt(8, Integer.parseInt(r.get("hq")));
            statement.setBoolean(9, "1".equals(r.get("police")));
            statement.setBoolean(10, "1".equals(r.get("observers")));
        });
    }

    private void totals(List<CSVRecord> records) {
        jdbc.update("delete from deployment_strength");
        jdbc.batchUpdate("""
                insert into deployment_strength (mission_acronym, year, troops, police, observers)
                values (?, ?, ?, ?, ?)""", records, 500, (statement, r) -> {
            statement.setString(1, acronym(r.get("mission")));
            statement.setInt(2, Integer.parseInt(r.get("year")));
            statement.setBigDecimal(3, new BigDecimal(r.get("troops")));
            statement.setBigDecimal(4, new BigDecimal(r.get("police")));
            statement.setBigDecimal(5, new BigDecimal(r.get("observers")));
        });
    }

    private void contributors(List<CSVRecord> records) {
        jdbc.update("delete from deployment_contribution");
        jdbc.batchUpdate("""
                insert into deployment_contribution (mission_acronym, year, contributor, country_code, troops, police,
                       observers) values (?, ?, ?, ?, ?, ?, ?)""", records, 500, (statement, r) -> {
            String contributor = r.get("contributor").trim();
            statement.setString(1, acronym(r.get("mission")));
            statement.setInt(2, Integer.parseInt(r.get("year")));
            statement.setString(3, contributor);
            statement.setString(4, countryCode(contributor));
            statement.setBigDecimal(5, new BigDecimal(r.get("troops")));
            statement.setBigDecimal(6, new BigDecimal(r.get("police")));
            statement.setBigDecimal(7, new BigDecimal(r.get("observers")));
        });
    }

    /** The ISO code of a contributor as RADPKO names it (lower case), or null when none is known. */
    static String countryCode(String contributor) {
        String name = contributor.trim().toLowerCase(Locale.ROOT);
        String code = CONTRIBUTOR_CODES.get(name);
        return code != null ? code : CountryNames.codeOf(name).orElse(null);
    }

    static String acronym(String mission) {
        return mission.trim().toUpperCase(Locale.ROOT);
    }

    private static List<CSVRecord> parse(byte[] content) {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("deployment/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Deployment data file missing: " + file, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Loader {
        void load(List<CSVRecord> records);
    }
}
