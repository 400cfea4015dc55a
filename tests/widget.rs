//! The widget as a reader uses it, in a real browser: quotes open and close, the language
//! switches everything, fallbacks are marked, selecting an actor highlights its relations,
//! evidence links lead to their passage, and hostile text stays text.

#![cfg(target_arch = "wasm32")]

mod common;

use briefing_core::model::Lang;
use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_quote_opens_and_closes_with_its_disclosure() {
    let host = mounted_seed("en").await;
    let report = seed_report();
    let toggle = find_all(&host, "[data-testid=quote-toggle]").remove(0);
    let full = find_all(&host, "[data-testid=quote-full]").remove(0);
    assert_eq!(toggle.local_name(), "summary", "a native disclosure");
    assert!(is_closed(&toggle));
    assert!(full.first_element_child().is_none(), "a closed quote is rendered once opened");

    click(&toggle);
    wait_for_open(&toggle, true).await;
    let expected = report.quotes[0].text.en.clone().unwrap();
    assert!(text(&full).contains(&expected), "full quote: {}", text(&full));
    assert!(text(&full).contains(report.quotes[0].context.as_ref().unwrap().en.as_deref().unwrap()));

    click(&toggle);
    wait_for_open(&toggle, false).await;
    wait_for("the full quote gone", 5_000, || full.first_element_child().is_none().then_some(())).await;
}

#[wasm_bindgen_test]
async fn expand_all_opens_every_quote_and_collapses_them_again() {
    let host = mounted_seed("en").await;
    let report = seed_report();
    let expand = find(&host, "[data-testid=expand-all]").unwrap();
    click(&expand);
    wait_for("every quote open", 5_000, || {
        find_all(&host, "[data-testid=quote-toggle]")
            .iter()
            .all(is_open)
            .then_some(())
    })
    .await;
    let texts: Vec<String> = find_all(&host, "[data-testid=quote-full] blockquote").iter().map(text).collect();
    let expected: Vec<String> = report.quotes.iter().map(|q| q.text.en.clone().unwrap()).collect();
    assert_eq!(texts, expected);

    click(&expand);
    wait_for("every quote closed", 5_000, || {
        find_all(&host, "[data-testid=quote-toggle]").iter().all(is_closed).then_some(())
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_toggle_puts_every_reader_text_in_korean_and_back() {
    let host = mounted_seed("en").await;
    let report = seed_report();
    let root = find(&host, "article[data-testid=briefing]").unwrap();
    let headline = || text(&find(&host, "[data-testid=headline]").unwrap());
    assert_eq!(headline(), report.headline.get(Lang::En).unwrap());

    click(&find(&host, "[data-testid=lang-toggle]").unwrap());
    wait_for_attribute(&root, "lang", "ko").await;
    assert_eq!(headline(), report.headline.get(Lang::Ko).unwrap());
    assert_eq!(text(&find(&host, "[data-testid=lead]").unwrap()), report.lead.get(Lang::Ko).unwrap());
    let names: Vec<String> = find_all(&host, ".briefing-quote__name").iter().map(text).collect();
    let expected: Vec<String> = report
        .quotes
        .iter()
        .map(|q| report.speakers.iter().find(|s| s.id == q.speaker).unwrap().name.ko.clone().unwrap())
        .collect();
    assert_eq!(names, expected);
    let actors: Vec<String> = find_all(&host, "[data-testid=actor]").iter().map(text).collect();
    let expected: Vec<String> = report.actors.iter().map(|a| a.name.ko.clone().unwrap()).collect();
    assert_eq!(actors, expected);
    // Interface text switches with the content, and nothing is left marked as English.
    assert_eq!(text(&find(&host, "[data-testid=expand-all]").unwrap()), "발언 모두 펼치기");
    // The toggle names English in English; nothing else is marked as English.
    let english: Vec<String> =
        find_all(&host, "article [lang=en]").iter().filter_map(|e| e.get_attribute("data-testid")).collect();
    assert_eq!(english, ["lang-toggle"], "no English passage left in a complete Korean report");
    assert!(find(&host, ".briefing--ko").is_some());

    click(&find(&host, "[data-testid=lang-toggle]").unwrap());
    wait_for_attribute(&root, "lang", "en").await;
    assert_eq!(headline(), report.headline.get(Lang::En).unwrap());
    assert_eq!(text(&find(&host, "[data-testid=expand-all]").unwrap()), "Expand all quotes");
}

#[wasm_bindgen_test]
async fn a_missing_translation_falls_back_to_the_other_language_marked_with_its_lang() {
    let host = fresh_host("div");
    let report = seed_object();
    let headline = get(&report, "headline");
    js_sys::Reflect::delete_property(&headline.into(), &"ko".into()).unwrap();
    // A report says honestly which languages are complete.
    let languages = js_sys::Array::of1(&"en".into());
    js_sys::Reflect::set(&report, &"languages".into(), &languages).unwrap();
    mount(&host, report, &[("lang", "ko")]);
    let headline = wait_for_element(&host, "[data-testid=headline]").await;
    assert_eq!(headline.get_attribute("lang").as_deref(), Some("en"));
    assert!(headline.class_name().contains("briefing-fallback"));
    let note = find(&host, "[data-testid=headline] .briefing-fallback__note").expect("a visible fallback note");
    assert_eq!(note.get_attribute("lang").as_deref(), Some("ko"));
    let lead = find(&host, "[data-testid=lead]").unwrap();
    assert_eq!(lead.get_attribute("lang"), None, "a passage in the reader's language needs no lang of its own");
}

#[wasm_bindgen_test]
async fn selecting_an_actor_highlights_exactly_its_relations_and_their_evidence() {
    let host = mounted_seed("en").await;
    open_relation_list(&host).await;
    let report = seed_report();
    let russia = report.actors.iter().position(|a| a.id == "russia").unwrap();
    let button = find_all(&host, "[data-testid=actor]").remove(russia);
    click(&button);
    wait_for_attribute(&button, "aria-pressed", "true").await;

    let mut expected: Vec<String> = report
        .relations
        .iter()
        .filter(|r| r.source == "russia" || r.target == "russia")
        .map(|r| r.id.clone())
        .collect();
    expected.sort();
    // The list's items may render a moment after the button.
    wait_for("exactly Russia's relations highlighted", 5_000, || {
        let mut got: Vec<String> = find_all(&host, "[data-testid=relation][data-highlighted=true]")
            .iter()
            .filter_map(|r| r.get_attribute("data-relation"))
            .collect();
        got.sort();
        (got == expected).then_some(())
    })
    .await;
    let mut on_map: Vec<String> = find_all(&host, "[data-testid=relation-map] .briefing-map__relation")
        .iter()
        .filter(|g| find_in(g, ".briefing-map__edge--on").is_some())
        .flat_map(|g| g.get_attribute("data-relations").unwrap_or_default().split(' ').map(String::from).collect::<Vec<_>>())
        .collect();
    on_map.sort();
    assert_eq!(on_map, expected, "the map highlights the same relations");
    let evidence_quotes: Vec<String> = find_all(&host, "[data-testid=quote][data-highlighted=true]")
        .iter()
        .map(|q| q.id())
        .collect();
    let expected_quotes: Vec<String> = report
        .quotes
        .iter()
        .filter(|q| {
            report
                .relations
                .iter()
                .any(|r| (r.source == "russia" || r.target == "russia") && r.evidence.contains(&q.id))
        })
        .map(|q| q.id.clone())
        .collect();
    assert_eq!(evidence_quotes.len(), expected_quotes.len());
    for (id, quote) in evidence_quotes.iter().zip(&expected_quotes) {
        assert!(id.ends_with(quote.as_str()), "{id} is evidence {quote}");
    }

    click(&button);
    wait_for_attribute(&button, "aria-pressed", "false").await;
    assert!(find(&host, "[data-testid=relation][data-highlighted=true]").is_none());
}

#[wasm_bindgen_test]
async fn an_evidence_link_opens_and_focuses_its_quote() {
    let host = mounted_seed("en").await;
    open_relation_list(&host).await;
    let link = find_all(&host, "[data-testid=evidence-link]")
        .into_iter()
        .find(|l| text(l).contains("Cho Han-beom"))
        .expect("an evidence link to the first quote");
    click(&link);
    let toggle = find_all(&host, "[data-testid=quote-toggle]").remove(0);
    wait_for_open(&toggle, true).await;
    let shadow = host.shadow_root().unwrap();
    let card = find_all(&host, "[data-testid=quote]").remove(0);
    wait_for("focus on the quote", 5_000, || (shadow.active_element() == Some(card.clone())).then_some(())).await;
}

#[wasm_bindgen_test]
async fn an_evidence_link_to_a_paragraph_opens_the_story_there() {
    let host = mounted_seed("en").await;
    open_relation_list(&host).await;
    let link = find_all(&host, "[data-testid=evidence-link]")
        .into_iter()
        .find(|l| text(l).starts_with("Paragraph"))
        .expect("an evidence link to a paragraph");
    let number: usize = text(&link).trim_start_matches("Paragraph").trim().parse().unwrap();
    click(&link);
    let shadow = host.shadow_root().unwrap();
    let paragraph = wait_for("the paragraph in focus", 5_000, || {
        let active = shadow.active_element()?;
        (active.get_attribute("data-testid").as_deref() == Some("paragraph")).then_some(active)
    })
    .await;
    let paragraphs = find_all(&host, "[data-testid=paragraph]");
    assert_eq!(paragraphs.iter().position(|p| *p == paragraph), Some(number - 1));
}

#[wasm_bindgen_test]
async fn text_with_markup_renders_as_literal_text() {
    let hostile = r#"<img src=x onerror="window.__briefing_pwned=1"><script>window.__briefing_pwned=1</script>"#;
    let host = fresh_host("div");
    let report = seed_object();
    js_sys::Reflect::set(&get(&report, "headline"), &"en".into(), &hostile.into()).unwrap();
    mount(&host, report, &[("lang", "en")]);
    let headline = wait_for_element(&host, "[data-testid=headline]").await;
    assert_eq!(text(&headline), hostile);
    assert!(find(&host, "img, script").is_none(), "no element was made from the text");
    let pwned = js_sys::Reflect::get(&js_sys::global(), &"__briefing_pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn an_invalid_report_shows_the_error_panel_with_located_details() {
    let host = fresh_host("div");
    let report = seed_object();
    js_sys::Reflect::set(&report, &"format".into(), &"briefing/9".into()).unwrap();
    mount(&host, report, &[("lang", "en")]);
    let panel = wait_for_element(&host, "[data-testid=error]").await;
    assert!(text(&panel).contains("This briefing cannot be shown"));
    assert!(text(&panel).contains("format"), "details name the field: {}", text(&panel));
    assert!(find(&host, "[data-testid=headline]").is_none());
}

/// An object given to `mount` can hold what JSON cannot; the widget names it and where it is.
#[wasm_bindgen_test]
async fn a_report_object_holding_a_function_is_refused_at_its_path() {
    let host = fresh_host("div");
    let report = seed_object();
    let quote = js_sys::Array::from(&get(&report, "quotes")).get(1);
    let function = js_sys::Function::new_no_args("return 1");
    js_sys::Reflect::set(&quote, &"text".into(), &function).unwrap();
    mount(&host, report, &[("lang", "en")]);
    let panel = wait_for_element(&host, "[data-testid=error]").await;
    let details = text(&panel);
    assert!(details.contains("invalid type: JsValue(Function"), "{details}");
    assert!(details.contains("expected a JSON value at quotes[1].text"), "{details}");
    assert!(find(&host, "[data-testid=headline]").is_none());
}

#[wasm_bindgen_test]
async fn a_widget_far_below_the_fold_reserves_its_space_and_loads_when_near() {
    let host = fresh_host("div");
    let spacer = fresh_spacer(&host, 6.0);
    mount(&host, seed_object(), &[("lang", "en")]);
    wait_for_element(&host, "[data-testid=loading]").await;
    let reserved = host.get_bounding_client_rect().height();
    assert!(reserved > 200.0, "the loading state reserves space: {reserved}px");
    // Far below the fold it stays in its loading state...
    wait_for("a few frames", 5_000, || next_frames(5)).await;
    assert!(find(&host, "[data-testid=headline]").is_none(), "no render before it nears the viewport");
    // ...and renders once the reader scrolls near it.
    host.scroll_into_view();
    wait_for_element(&host, "[data-testid=headline]").await;
    spacer.remove();
}

#[wasm_bindgen_test]
async fn the_initial_language_comes_from_the_element_then_the_page() {
    let host = fresh_host("div");
    host.set_attribute("lang", "ko").unwrap();
    mount(&host, seed_object(), &[]);
    let root = wait_for_element(&host, "article[data-testid=briefing]").await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));

    let host = fresh_host("div");
    host.set_attribute("data-lang", "ko-KR").unwrap();
    mount(&host, seed_object(), &[]);
    let root = wait_for_element(&host, "article[data-testid=briefing]").await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));

    let page = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    let before = page.get_attribute("lang");
    page.set_attribute("lang", "ko").unwrap();
    let host = fresh_host("div");
    mount(&host, seed_object(), &[]);
    let root = wait_for_element(&host, "article[data-testid=briefing]").await;
    match before {
        Some(lang) => page.set_attribute("lang", &lang).unwrap(),
        None => page.remove_attribute("lang").unwrap(),
    }
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));
}

#[wasm_bindgen_test]
async fn long_names_and_quotes_never_overflow_a_narrow_widget() {
    let host = fresh_host("div");
    host.set_attribute("style", "display:block;width:320px").unwrap();
    let report = seed_object();
    let long = "Supercalifragilisticexpialidocious".repeat(12);
    let speakers: js_sys::Array = get(&report, "speakers").into();
    js_sys::Reflect::set(&get(&speakers.get(0), "name"), &"en".into(), &long.as_str().into()).unwrap();
    let quotes: js_sys::Array = get(&report, "quotes").into();
    js_sys::Reflect::set(&get(&quotes.get(0), "text"), &"en".into(), &long.as_str().into()).unwrap();
    mount(&host, report, &[("lang", "en")]);
    wait_for_element(&host, "[data-testid=headline]").await;
    click(&find(&host, "[data-testid=expand-all]").unwrap());
    wait_for_element(&host, "[data-testid=quote-full] blockquote").await;
    for element in find_all(&host, "[data-testid=quote], .briefing-quote__name, blockquote, article") {
        let (scroll, client) = (element.scroll_width(), element.client_width());
        assert!(scroll <= client + 1, "{} overflows: {scroll} > {client}", element.class_name());
    }
}

#[wasm_bindgen_test]
async fn the_theme_attribute_switches_to_dark_colours() {
    let light = fresh_host("div");
    light.set_attribute("theme", "light").unwrap();
    mount(&light, seed_object(), &[("lang", "en")]);
    let article = wait_for_element(&light, "article[data-testid=briefing]").await;
    let window = web_sys::window().unwrap();
    let background = |e: &web_sys::Element| {
        window.get_computed_style(e).unwrap().unwrap().get_property_value("background-color").unwrap()
    };
    let light_bg = background(&article);

    let dark = fresh_host("div");
    dark.set_attribute("theme", "dark").unwrap();
    mount(&dark, seed_object(), &[("lang", "en")]);
    let article = wait_for_element(&dark, "article[data-testid=briefing]").await;
    assert_eq!(light_bg, "rgb(255, 255, 255)");
    assert_eq!(background(&article), "rgb(23, 25, 28)");
}

#[wasm_bindgen_test]
async fn printing_opens_every_quote_the_relation_list_and_the_story() {
    let host = mounted_seed("en").await;
    // The briefing listens for printing from an effect, which runs after its first render is
    // in the page: the event is sent again until the briefing has answered it.
    wait_for("every quote open for print", 5_000, || {
        let event = web_sys::Event::new("beforeprint").unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
        find_all(&host, "[data-testid=quote-toggle]").iter().all(is_open).then_some(())
    })
    .await;
    let relations = seed_report().relations.len();
    assert_eq!(find_all(&host, "[data-testid=relation]").len(), relations, "the relation list is printed");
    assert_eq!(find_all(&host, "[data-testid=paragraph]").len(), seed_report().body.len(), "the story is printed");
}

#[wasm_bindgen_test]
async fn a_crowded_map_keeps_the_most_related_actors_and_says_so() {
    let report = seed_object();
    let actors: js_sys::Array = get(&report, "actors").into();
    let template = actors.get(0);
    for n in 0..34 {
        let actor = js_sys::JSON::parse(&js_sys::JSON::stringify(&template).unwrap().as_string().unwrap()).unwrap();
        js_sys::Reflect::set(&actor, &"id".into(), &format!("extra-{n}").into()).unwrap();
        let name = js_sys::Object::new();
        js_sys::Reflect::set(&name, &"en".into(), &format!("Extra actor {n}").into()).unwrap();
        js_sys::Reflect::set(&name, &"ko".into(), &format!("추가 행위자 {n}").into()).unwrap();
        js_sys::Reflect::set(&actor, &"name".into(), &name).unwrap();
        actors.push(&actor);
    }
    let host = fresh_host("div");
    mount(&host, report, &[("lang", "en")]);
    let note = wait_for_element(&host, "[data-testid=map-note]").await;
    assert_eq!(text(&note), "The map shows the 30 actors with the most relations; the list below has all 40.");
    assert_eq!(find_all(&host, "[data-testid=relation-map] .briefing-map__node").len(), 30);
    assert_eq!(find_all(&host, "[data-testid=actor]").len(), 40);
    // The seed's six related actors are on the map.
    let labels: Vec<String> = find_all(&host, "[data-testid=relation-map] .briefing-map__node text").iter().map(text).collect();
    for name in ["North Korea", "Russia", "South Korea", "China", "United States", "Ukraine"] {
        assert!(labels.iter().any(|l| l == name), "{name} is on the map");
    }
}

#[wasm_bindgen_test]
async fn a_quote_closed_after_a_language_switch_shows_its_excerpt_in_the_new_language() {
    let host = mounted_seed("en").await;
    let report = seed_report();
    let root = find(&host, "article[data-testid=briefing]").unwrap();
    let toggle = find_all(&host, "[data-testid=quote-toggle]").remove(0);
    click(&toggle);
    wait_for_open(&toggle, true).await;
    click(&find(&host, "[data-testid=lang-toggle]").unwrap());
    wait_for_attribute(&root, "lang", "ko").await;
    click(&toggle);
    wait_for_open(&toggle, false).await;
    let shown = text(&find(&host, ".briefing-quote__excerpt").unwrap());
    let korean = report.quotes[0].text.ko.clone().unwrap();
    assert!(korean.starts_with(shown.trim_end_matches('…')), "excerpt {shown:?} is not the Korean quote");
}

#[wasm_bindgen_test]
async fn a_long_report_shows_every_card_in_the_state_the_reader_left() {
    let report = seed_object();
    let quotes: js_sys::Array = get(&report, "quotes").into();
    let seed_quotes = quotes.length() as usize;
    let template = js_sys::JSON::stringify(&quotes.get(0)).unwrap().as_string().unwrap();
    for n in 0..900 {
        let quote = js_sys::JSON::parse(&template).unwrap();
        js_sys::Reflect::set(&quote, &"id".into(), &format!("extra-{n}").into()).unwrap();
        quotes.push(&quote);
    }
    let host = fresh_host("div");
    mount(&host, report, &[("lang", "en")]);
    let expand = wait_for_element(&host, "[data-testid=expand-all]").await;
    // At once, one right after the other, before the briefing has rendered either.
    click(&expand);
    click(&find(&host, "[data-testid=lang-toggle]").unwrap());
    let total = seed_quotes + 900;
    wait_for("every card, open", 20_000, || {
        let toggles = find_all(&host, "[data-testid=quote-toggle]");
        let open = toggles.iter().all(is_open);
        let korean = find(&host, "[data-testid=briefing]").and_then(|b| b.get_attribute("lang")).as_deref() == Some("ko");
        (toggles.len() == total && open && korean).then_some(())
    })
    .await;
    let last = text(&find_all(&host, "[data-testid=quote-full] blockquote").pop().unwrap());
    assert_eq!(last, seed_report().quotes[0].text.ko.clone().unwrap(), "the last card is in Korean");
    assert_eq!(find(&host, "[data-testid=expand-all]").unwrap().get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_selection_in_a_long_relation_list_holds_for_all_of_it() {
    let report = seed_object();
    let actors: js_sys::Array = get(&report, "actors").into();
    let relations: js_sys::Array = get(&report, "relations").into();
    let seed_relations = relations.length() as usize;
    let actor_template = js_sys::JSON::stringify(&actors.get(0)).unwrap().as_string().unwrap();
    let relation_template = js_sys::JSON::stringify(&relations.get(0)).unwrap().as_string().unwrap();
    // 150 more actors, each related to Russia and to the next one: a long list, of which only
    // Russia's relations may light up.
    for n in 0..150 {
        let actor = js_sys::JSON::parse(&actor_template).unwrap();
        js_sys::Reflect::set(&actor, &"id".into(), &format!("extra-{n}").into()).unwrap();
        js_sys::Reflect::set(&actor, &"aliases".into(), &js_sys::Array::new()).unwrap();
        actors.push(&actor);
        for (kind, source, target) in [("a", "russia".to_string(), format!("extra-{n}")), ("b", format!("extra-{n}"), format!("extra-{}", (n + 1) % 150))] {
            let relation = js_sys::JSON::parse(&relation_template).unwrap();
            js_sys::Reflect::set(&relation, &"id".into(), &format!("extra-{kind}-{n}").into()).unwrap();
            js_sys::Reflect::set(&relation, &"source".into(), &source.into()).unwrap();
            js_sys::Reflect::set(&relation, &"target".into(), &target.into()).unwrap();
            relations.push(&relation);
        }
    }
    let host = fresh_host("div");
    mount(&host, report, &[("lang", "en")]);
    open_relation_list(&host).await;
    let russia = seed_report().actors.iter().position(|a| a.id == "russia").unwrap();
    click(&find_all(&host, "[data-testid=actor]").remove(russia));
    let total = seed_relations + 300;
    let seed_russia = seed_report().relations.iter().filter(|r| r.source == "russia" || r.target == "russia").count();
    let highlighted = wait_for("every relation, Russia's highlighted", 20_000, || {
        let all = find_all(&host, "[data-testid=relation]").len();
        let highlighted: Vec<String> = find_all(&host, "[data-testid=relation][data-highlighted=true]")
            .iter()
            .filter_map(|r| r.get_attribute("data-relation"))
            .collect();
        (all == total && highlighted.len() >= seed_russia + 150).then_some(highlighted)
    })
    .await;
    assert_eq!(highlighted.len(), seed_russia + 150, "{highlighted:?}");
    assert!((0..150).all(|n| highlighted.contains(&format!("extra-a-{n}"))));
    assert!(!highlighted.iter().any(|id| id.starts_with("extra-b-")));
}
