//! The key points of the story; nothing when the report has none.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::passage::{passage, Wrap};
use crate::components::{element_id, SharedReport};
use crate::text::catalogue;

/// Props of [`KeyPoints`].
#[derive(Properties, PartialEq, Clone)]
pub struct KeyPointsProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
}

/// A short list of what matters most.
#[function_component]
pub fn KeyPoints(props: &KeyPointsProps) -> Html {
    let points = &props.report.report().key_points;
    if points.is_empty() {
        return Html::default();
    }
    let heading_id = element_id(props.instance, "points");
    html! {
        <section class="briefing-key-points" aria-labelledby={heading_id.clone()}>
            <h3 class="briefing-section__title" id={heading_id}>{ catalogue(props.lang).key_points }</h3>
            <ul class="briefing-points" data-testid="key-points">
                { for points.iter().map(|point| passage(point, props.lang, Wrap::new("li", ""))) }
            </ul>
        </section>
    }
}
