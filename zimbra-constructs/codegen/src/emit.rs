//! Emits Rust source for the model with `quote`, pretty-printed by `prettyplease`.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Field, ResourceDef, StructDef, Tagging, Ty};
use crate::naming;

fn ident(name: &str) -> Ident {
    if naming::is_keyword(name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

fn path(p: &str) -> TokenStream {
    p.parse().expect("valid path")
}

fn doc(text: &str) -> TokenStream {
    let text = format!(" {text}");
    quote! { #[doc = #text] }
}

/// Names each module imports, collected while its code is emitted.
#[derive(Default)]
struct Imports(BTreeSet<&'static str>);

impl Imports {
    fn use_(&mut self, name: &'static str) -> Ident {
        self.0.insert(name);
        Ident::new(name, Span::call_site())
    }

    fn tokens(&self) -> TokenStream {
        let group = |module: &str, names: &[&str]| -> TokenStream {
            let used: Vec<Ident> = names
                .iter()
                .filter(|n| self.0.contains(*n))
                .map(|n| Ident::new(n, Span::call_site()))
                .collect();
            let module = path(module);
            match used.len() {
                0 => quote! {},
                1 => quote! { use #module::#(#used)*; },
                _ => quote! { use #module::{#(#used),*}; },
            }
        };
        let mut out = TokenStream::new();
        out.extend(group("std::collections", &["BTreeMap"]));
        out.extend(group(
            "zimbra_constructs_core::resource",
            &[
                "GetAtt",
                "IdOf",
                "Identified",
                "Resource",
                "ResourceRef",
                "ResourceSchema",
                "Tagging",
            ],
        ));
        out.extend(group("zimbra_constructs_core::node", &["NodeId"]));
        out.extend(group(
            "zimbra_constructs_core::value",
            &["Expr", "Json", "PropertyMap", "Tag", "ToExpr", "Value"],
        ));
        out
    }
}

/// Where type names are written from: the service module or a resource's submodule.
#[derive(Clone, Copy)]
struct Scope<'a> {
    /// The service module the code is in.
    service: &'a str,
    /// `Some(resource submodule)` when writing from the service module, `None` from inside it.
    submodule: Option<&'a str>,
}

fn inner_ty(ty: &Ty, scope: Scope<'_>, im: &mut Imports) -> TokenStream {
    match ty {
        Ty::Str => quote! { String },
        Ty::Int => quote! { i64 },
        Ty::Float => quote! { f64 },
        Ty::Bool => quote! { bool },
        Ty::Json => {
            let j = im.use_("Json");
            quote! { #j }
        }
        Ty::Tag => {
            let t = im.use_("Tag");
            quote! { #t }
        }
        Ty::Id(target) => {
            let i = im.use_("IdOf");
            let p = if naming::service_module(target) == scope.service {
                let n = ident(&naming::resource_struct(target));
                if scope.submodule.is_some() {
                    quote! { #n }
                } else {
                    quote! { super::#n }
                }
            } else {
                path(&naming::resource_path(target))
            };
            quote! { #i<#p> }
        }
        Ty::List(t) => {
            let t = inner_ty(t, scope, im);
            quote! { Vec<#t> }
        }
        Ty::Map(t) => {
            let t = inner_ty(t, scope, im);
            let m = im.use_("BTreeMap");
            quote! { #m<String, #t> }
        }
        Ty::Struct(name) => {
            let n = ident(name);
            match scope.submodule {
                Some(submodule) => {
                    let m = ident(submodule);
                    quote! { #m::#n }
                }
                None => quote! { #n },
            }
        }
    }
}

fn field_doc(f: &Field) -> String {
    let mut flags = Vec::new();
    if f.required {
        flags.push("required");
    }
    if f.create_only {
        flags.push("create-only");
    }
    if flags.is_empty() {
        format!("`{}`.", f.cfn_name)
    } else {
        format!("`{}` ({}).", f.cfn_name, flags.join(", "))
    }
}

/// A generated struct: its items, the body of its conversion to an `Expr`, and the body of
/// `visit_properties` (each set property's name and expression, in the same order, borrowed).
struct StructItems {
    items: TokenStream,
    body: TokenStream,
    visit: TokenStream,
}

/// Struct, constructor, setters, `Default` (if nothing is required) and the property map body.
fn struct_items(
    what: &str,
    name: &Ident,
    struct_doc: &str,
    fields: &[Field],
    scope: Scope<'_>,
    im: &mut Imports,
) -> StructItems {
    let value = im.use_("Value");
    let mut decls = Vec::new();
    let mut params = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut puts = Vec::new();
    let mut visits = Vec::new();
    for f in fields {
        let fname = ident(&naming::field_name(&f.cfn_name));
        let ty = inner_ty(&f.ty, scope, im);
        let fdoc = doc(&field_doc(f));
        let key = &f.cfn_name;
        if f.required {
            decls.push(quote! { #fdoc pub #fname: #value<#ty>, });
            params.push(quote! { #fname: impl Into<#value<#ty>> });
            inits.push(quote! { #fname: #fname.into(), });
            puts.push(quote! { m.put(#key, &self.#fname); });
            visits.push(quote! { f(#key, self.#fname.expr()); });
        } else {
            decls.push(quote! { #fdoc pub #fname: Option<#value<#ty>>, });
            inits.push(quote! { #fname: None, });
            let setter = format_ident!("{}", naming::setter_name(&f.cfn_name));
            let sdoc = doc(&format!("Sets `{}`.", f.cfn_name));
            setters.push(quote! {
                #sdoc
                #[must_use]
                pub fn #setter(mut self, v: impl Into<#value<#ty>>) -> Self {
                    self.#fname = Some(v.into());
                    self
                }
            });
            puts.push(quote! { m.set(#key, self.#fname.as_ref()); });
            visits.push(quote! {
                if let Some(v) = &self.#fname {
                    f(#key, v.expr());
                }
            });
        }
    }
    let sdoc = doc(struct_doc);
    let ndoc = if params.is_empty() {
        doc(&format!("New {what} with no properties set."))
    } else {
        doc(&format!("New {what} from its required properties."))
    };
    let default = if params.is_empty() {
        quote! {
            impl Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    } else {
        quote! {}
    };
    let pm = im.use_("PropertyMap");
    let body = if puts.is_empty() {
        quote! { #pm::new().finish() }
    } else {
        quote! {
            let mut m = #pm::new();
            #(#puts)*
            m.finish()
        }
    };
    let items = quote! {
        #sdoc
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#decls)*
        }

        impl #name {
            #ndoc
            #[must_use]
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits)* }
            }

            #(#setters)*
        }

        #default
    };
    StructItems {
        items,
        body,
        visit: quote! { #(#visits)* },
    }
}

fn nested_struct(r: &ResourceDef, s: &StructDef, im: &mut Imports) -> TokenStream {
    let name = ident(&s.name);
    let d = format!(
        "[`{}.{}`]({}) property type.",
        r.type_name,
        s.cfn_name,
        naming::property_doc_url(&r.type_name, &s.cfn_name)
    );
    let scope = Scope {
        service: &naming::service_module(&r.type_name),
        submodule: None,
    };
    let StructItems { items, body, .. } = struct_items("value", &name, &d, &s.fields, scope, im);
    let to_expr = im.use_("ToExpr");
    let expr = im.use_("Expr");
    let value = im.use_("Value");
    quote! {
        #items

        impl #to_expr for #name {
            fn to_expr(&self) -> #expr {
                #body
            }
        }

        impl From<#name> for #value<#name> {
            fn from(v: #name) -> Self {
                #value::from_expr(v.to_expr())
            }
        }
    }
}

fn str_slice(items: &[String]) -> TokenStream {
    quote! { &[#(#items),*] }
}

/// The items of one resource type, in the service module: its struct, `impl Resource`, the
/// attribute trait, `impl Identified`, its schema facts and the submodule of its property types.
fn resource(r: &ResourceDef, im: &mut Imports) -> TokenStream {
    let name = ident(&r.struct_name);
    let url = naming::resource_doc_url(&r.type_name);
    let d = format!("[`{}`]({url}) resource.", r.type_name);
    let service = naming::service_module(&r.type_name);
    let scope = Scope {
        service: &service,
        submodule: Some(&r.module),
    };
    let StructItems { items, body, visit } =
        struct_items("resource", &name, &d, &r.fields, scope, im);
    let type_name = &r.type_name;
    let schema_static = format_ident!("{}", naming::schema_static(&r.struct_name));
    let resource = im.use_("Resource");
    let rs = im.use_("ResourceSchema");
    let expr = im.use_("Expr");
    let attributes = attributes(r, &name, im);
    let identified = identified(r, &name, im);
    let schema = schema_facts(r, &schema_static, im);
    let submodule = property_types(r, &url);
    quote! {
        #items

        impl #resource for #name {
            const TYPE: &'static str = #type_name;
            const SCHEMA: &'static #rs = &#schema_static;

            fn properties(&self) -> #expr {
                #body
            }

            fn visit_properties(&self, f: &mut dyn FnMut(&str, &#expr)) {
                #visit
            }
        }

        #attributes

        #identified

        #schema

        #submodule
    }
}

/// The `{Name}Attributes` trait with one `attr_*` method per `Fn::GetAtt` attribute, each
/// written once as a provided method over the core's `GetAtt`, implemented for the resource's handle (a
/// trait, because the handle type lives in the core crate); nothing for a type without
/// attributes.
fn attributes(r: &ResourceDef, name: &Ident, im: &mut Imports) -> TokenStream {
    if r.attrs.is_empty() {
        return quote! {};
    }
    let mut methods = Vec::new();
    for a in &r.attrs {
        let m = format_ident!("{}", naming::attr_method(&a.name));
        let n = &a.name;
        let d = doc(&format!("`Fn::GetAtt` `{n}`."));
        let value = im.use_("Value");
        let ty = if a.list {
            quote! { #value<Vec<String>> }
        } else {
            quote! { #value<String> }
        };
        methods.push(quote! {
            #d
            #[must_use]
            fn #m(&self) -> #ty {
                self.get_att(#n)
            }
        });
    }
    let rr = im.use_("ResourceRef");
    let get_att = im.use_("GetAtt");
    let t = format_ident!("{}", naming::attributes_trait(&r.struct_name));
    let d = doc(&format!(
        "`Fn::GetAtt` attributes of a [`{}`] handle (in scope with the crate's `prelude`).",
        r.struct_name
    ));
    quote! {
        #d
        pub trait #t: #get_att {
            #(#methods)*
        }

        impl #t for #rr<#name> {}
    }
}

/// `impl Identified` for types whose id other resources take (`Ref`, or the attribute the
/// naming table names).
fn identified(r: &ResourceDef, name: &Ident, im: &mut Imports) -> TokenStream {
    if !naming::is_identified(&r.type_name) {
        return quote! {};
    }
    let ident_trait = im.use_("Identified");
    match naming::id_attribute(&r.type_name) {
        Some(att) => {
            let node = im.use_("NodeId");
            let expr = im.use_("Expr");
            quote! {
                impl #ident_trait for #name {
                    fn id_expr(node: #node) -> #expr {
                        #expr::GetAtt(node, #att.to_owned())
                    }
                }
            }
        }
        None => quote! { impl #ident_trait for #name {} },
    }
}

/// The static `ResourceSchema` of the type: create-only and read-only properties, attribute
/// names and tagging.
fn schema_facts(r: &ResourceDef, schema_static: &Ident, im: &mut Imports) -> TokenStream {
    let rs = im.use_("ResourceSchema");
    let tagging = im.use_("Tagging");
    let tag_kind = match r.tagging {
        Tagging::None => quote! { #tagging::None },
        Tagging::List => quote! { #tagging::List },
        Tagging::Map => quote! { #tagging::Map },
    };
    let type_name = &r.type_name;
    let create_only = str_slice(&r.create_only);
    let read_only = str_slice(&r.read_only);
    let attr_names: Vec<String> = r.attrs.iter().map(|a| a.name.clone()).collect();
    let attr_names = str_slice(&attr_names);
    quote! {
        static #schema_static: #rs = #rs {
            type_name: #type_name,
            create_only: #create_only,
            read_only: #read_only,
            attributes: #attr_names,
            tagging: #tag_kind,
        };
    }
}

/// The submodule holding the type's property types, with its own imports.
fn property_types(r: &ResourceDef, url: &str) -> TokenStream {
    if r.structs.is_empty() {
        return quote! {};
    }
    let mut sub_im = Imports::default();
    let structs: Vec<TokenStream> = r
        .structs
        .iter()
        .map(|s| nested_struct(r, s, &mut sub_im))
        .collect();
    let uses = sub_im.tokens();
    let m = ident(&r.module);
    let md = doc(&format!("Property types of [`{}`]({url}).", r.type_name));
    quote! {
        #md
        pub mod #m {
            #uses
            #(#structs)*
        }
    }
}

fn render(tokens: TokenStream, header: &str) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
}

/// The source of one service module.
pub fn service_file(
    service: &str,
    resources: &[&ResourceDef],
    header: &str,
) -> Result<String, String> {
    let mut im = Imports::default();
    let items: Vec<TokenStream> = resources.iter().map(|r| resource(r, &mut im)).collect();
    let uses = im.tokens();
    let mdoc = format!(" Resource types of the `{service}` service.");
    let tokens = quote! {
        #![doc = #mdoc]
        #uses
        #(#items)*
    };
    render(tokens, header)
}

/// `mod.rs`: the service modules and the schema lookup.
pub fn mod_file(resources: &[ResourceDef], header: &str) -> Result<String, String> {
    let services: BTreeSet<String> = resources
        .iter()
        .map(|r| naming::service_module(&r.type_name))
        .collect();
    let mods = services.iter().map(|s| {
        let m = ident(s);
        let d = doc(&format!("Resource types of the `{s}` service."));
        quote! { #d pub mod #m; }
    });
    let mut sorted: Vec<&ResourceDef> = resources.iter().collect();
    sorted.sort_by(|a, b| a.type_name.cmp(&b.type_name));
    let entries = sorted.iter().map(|r| {
        let t = &r.type_name;
        let m = ident(&naming::service_module(&r.type_name));
        let s = ident(&r.struct_name);
        quote! { (#t, <#m::#s as Resource>::SCHEMA) }
    });
    let traits = sorted.iter().filter(|r| !r.attrs.is_empty()).map(|r| {
        let m = ident(&naming::service_module(&r.type_name));
        let t = format_ident!("{}", naming::attributes_trait(&r.struct_name));
        quote! { pub use super::#m::#t as _; }
    });
    let n = proc_macro2::Literal::usize_unsuffixed(sorted.len());
    let tokens = quote! {
        #![doc = " Generated resource types, one module per service."]
        #![allow(
            clippy::too_many_arguments,
            clippy::too_many_lines,
            clippy::doc_markdown,
            clippy::module_name_repetitions,
            clippy::struct_field_names,
            clippy::must_use_candidate,
            clippy::return_self_not_must_use,
            clippy::large_types_passed_by_value,
            clippy::new_without_default
        )]

        use zimbra_constructs_core::resource::{Resource, ResourceSchema};

        #(#mods)*

        /// Every attribute trait (`VpcAttributes`, ...) in scope, without their names:
        /// `use zimbra_constructs_cfn::prelude::*;` gives every handle its `attr_*` methods.
        pub mod prelude {
            #(#traits)*
        }

        /// Every generated type's schema facts, sorted by type name.
        static SCHEMAS: [(&str, &ResourceSchema); #n] = [#(#entries),*];

        /// The schema facts of a generated resource type, by CloudFormation type name.
        #[must_use]
        pub fn schema(type_name: &str) -> Option<&'static ResourceSchema> {
            SCHEMAS
                .binary_search_by(|(name, _)| (*name).cmp(type_name))
                .ok()
                .map(|i| SCHEMAS[i].1)
        }
    };
    render(tokens, header)
}
