//! The briefing as a component for Yew apps, in a shadow root of its own.

use briefing_core::model::Lang;
use web_sys::Element;
use yew::prelude::*;

use crate::components::briefing_view::BriefingView;
use crate::components::{next_instance, SharedReport};
use crate::shadow;

/// Props of [`Briefing`].
#[derive(Properties, PartialEq, Clone)]
pub struct BriefingProps {
    /// The validated report (see [`read_report`](crate::read_report)).
    pub report: SharedReport,
    /// The language to start in; `None`: the report's first language.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Called with the language the reader switches to; does nothing unless given.
    #[prop_or_default]
    pub on_lang_change: Callback<Lang>,
}

/// A briefing inside a Yew app, as isolated as on a news page: it renders through a portal
/// into the open shadow root of its own host element, with the briefing's stylesheet adopted
/// there, so its styles do not leak out and the app's do not leak in.
///
/// ```no_run
/// use std::rc::Rc;
///
/// use briefing_widget::{Briefing, Lang};
/// use yew::prelude::*;
///
/// #[derive(Properties, PartialEq)]
/// struct StoryProps {
///     report: Rc<briefing_core::validate::ValidReport>,
/// }
///
/// #[function_component]
/// fn Story(props: &StoryProps) -> Html {
///     let on_lang_change = Callback::from(|lang: Lang| web_sys::console::log_1(&lang.code().into()));
///     html! { <Briefing report={props.report.clone()} lang={Some(Lang::Ko)} {on_lang_change} /> }
/// }
/// ```
#[function_component]
pub fn Briefing(props: &BriefingProps) -> Html {
    let host = use_node_ref();
    let mount_point = use_state(|| None::<Element>);
    let instance = use_memo((), |_| next_instance());
    let lang = use_state(|| {
        props.lang.unwrap_or_else(|| props.report.report().languages.first().copied().unwrap_or(Lang::En))
    });
    {
        let (host, mount_point) = (host.clone(), mount_point.clone());
        use_effect_with((), move |_| {
            if let Some(host) = host.cast::<Element>() {
                mount_point.set(shadow::attach(&host));
            }
        });
    }
    {
        let lang = lang.clone();
        use_effect_with(props.lang, move |asked| {
            if let Some(asked) = asked {
                lang.set(*asked);
            }
        });
    }
    let on_lang_change = use_callback((lang.clone(), props.on_lang_change.clone()), |chosen: Lang, (lang, on_change)| {
        lang.set(chosen);
        on_change.emit(chosen);
    });

    let view = html! {
        <BriefingView report={props.report.clone()} lang={*lang} instance={*instance} {on_lang_change} />
    };
    html! {
        <div ref={host} class="briefing-host">
            if let Some(mount_point) = &*mount_point {
                { create_portal(view, mount_point.clone()) }
            }
        </div>
    }
}
