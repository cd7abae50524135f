package io.pytopus.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reef's queries as OpenSearch receives them: privacy filters always, facets under the others. */
class ReefQueriesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ReefQueries queries = new ReefQueries(json);

    @Test
    void everySearchAndSuggestionIsLimitedToPetsOfTheReef() {
        var searches = List.of(
                queries.search(query(null, null, null, ReefQuery.Order.AGE)),
                queries.search(query("inky", Species.DUMBO, Stage.ADULT, ReefQuery.Order.RELEVANCE)),
                queries.suggest("in", 8));

        for (JsonNode search : searches) {
            assertThat(search.path("query").path("bool").path("filter").toString())
                    .contains("{\"term\":{\"public\":true}}", "{\"term\":{\"present\":true}}");
        }
    }

    @Test
    void eachFacetCountsUnderTheOtherFiltersOnly() {
        var search = queries.search(query("inky", Species.DUMBO, Stage.ADULT, ReefQuery.Order.WAVES));

        var chosen = search.path("post_filter").path("bool").path("filter").toString();
        assertThat(chosen).contains("\"species\":\"DUMBO\"", "\"stage\":\"ADULT\"");
        var species = search.path("aggs").path("species").path("filter").toString();
        assertThat(species).contains("\"stage\":\"ADULT\"").doesNotContain("DUMBO");
        var stage = search.path("aggs").path("stage").path("filter").toString();
        assertThat(stage).contains("\"species\":\"DUMBO\"").doesNotContain("ADULT");
    }

    @Test
    void wordsAreFuzzyAndSortsBreakTiesById() {
        var search = queries.search(query("inkky", null, null, ReefQuery.Order.RELEVANCE));

        assertThat(search.toString()).contains("\"fuzziness\":\"AUTO:4,8\"", "\"query\":\"inkky\"");
        var sort = new ArrayList<String>();
        search.path("sort").forEach(clause -> sort.add(clause.toString()));
        assertThat(sort).first().isEqualTo("\"_score\"");
        assertThat(sort).last().isEqualTo("{\"id\":{\"order\":\"asc\"}}");
    }

    @Test
    void answersBecomeItemsAndFacetsWithEveryValueListed() {
        var response = json.readTree("""
                {"hits": {"total": {"value": 1}, "hits": [{
                  "_source": {"id": "7f4c1f9e-0000-4000-8000-000000000001", "name": "Inky", "species": "DUMBO",
                              "stage": "ADULT", "personality": "SHY", "tricks": ["SPIN"], "ownerName": "Nell",
                              "bio": "Hi", "waves": 4, "hatchedAt": "2026-03-01T10:00:00Z", "color": "#c8553d"},
                  "highlight": {"name.prefix": ["<em>In</em>ky"]}}]},
                 "aggregations": {"species": {"values": {"buckets": [{"key": "DUMBO", "doc_count": 1}]}}}}
                """);

        var results = queries.results(response, query("in", null, null, ReefQuery.Order.RELEVANCE));

        var item = results.items().getFirst();
        assertThat(item.name()).isEqualTo("Inky");
        assertThat(item.personality()).isEqualTo(Personality.SHY);
        assertThat(item.highlights()).containsEntry("name", "<em>In</em>ky");
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.facets().get("species")).containsEntry("DUMBO", 1L).containsEntry("COMMON", 0L);
        assertThat(results.facets().get("personality")).doesNotContainKey("UNFORMED");
    }

    private static ReefQuery query(String text, Species species, Stage stage, ReefQuery.Order order) {
        return new ReefQuery(text, species, stage, null, order, 0, 20);
    }
}
