# bash completion for news-search: options, their values and the query's
# field prefixes; serve, watch and their options. Installed as
# bash-completion/completions/news-search.

_news_search() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local options="--help --version --db --allow-partial --any --since --until --lang --now --like
    --limit --offset --sort --all-versions --count --histogram --facets
    --facet-limit --related --min-count --sample --timeline --no-hits
    --entities --format --fields --color --timeout
    --explain --no-pager --save --unsave --saved"
  local fields="title: source: author: person: org: place: entity: id: path:
    folder: url: lang: year: month: day: date: saved:"
  if [[ ${COMP_WORDS[1]} == serve && $COMP_CWORD -gt 1 ]]; then
    case $prev in
    --log) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
    --db) COMPREPLY=($(compgen -f -- "$cur")) ;;
    --token-file) COMPREPLY=($(compgen -f -- "$cur")) ;;
    --bind | --port | --threads | --allowed-host | --max-limit | --timeout | --request-timeout) ;;
    *) COMPREPLY=($(compgen -W "--help --db --allow-partial --bind --port --threads --token-file --allowed-host --max-limit
         --timeout --request-timeout --log" -- "$cur")) ;;
    esac
    return 0
  fi
  if [[ ${COMP_WORDS[1]} == show && $COMP_CWORD -gt 1 ]]; then
    case $prev in
    --format | -f) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
    --db) COMPREPLY=($(compgen -f -- "$cur")) ;;
    *) [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--help --db --format --no-pager" -- "$cur")) ;;
    esac
    return 0
  fi
  if [[ ${COMP_WORDS[1]} == watch && $COMP_CWORD -gt 1 ]]; then
    case $prev in
    --format | -f) COMPREPLY=($(compgen -W "text jsonl" -- "$cur")) ;;
    --db) COMPREPLY=($(compgen -f -- "$cur")) ;;
    --lock-timeout) ;;
    *) COMPREPLY=($(compgen -W "--help --db --format --lock-timeout" -- "$cur")) ;;
    esac
    return 0
  fi
  case $prev in
  --fields) COMPREPLY=($(compgen -W "rank id title body date url source author dateline
    language date_source entities path record format score similar snippet" -- "$cur")); return ;;
  --format | -f) COMPREPLY=($(compgen -W "text json jsonl ids csv" -- "$cur")); return ;;
  --sort) COMPREPLY=($(compgen -W "relevance newest oldest" -- "$cur")); return ;;
  --histogram) COMPREPLY=($(compgen -W "day week month year" -- "$cur")); return ;;
  --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
  --db) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  --since | --until | --lang | --now | --like | --limit | -n | --offset | --facet-limit | --timeout | \
    --min-count | --sample | --save | --unsave)
    return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    # A field prefix is a word of its own: no space after it.
    [[ $COMP_CWORD -eq 1 ]] && fields="serve show watch $fields"
    COMPREPLY=($(compgen -W "$fields" -- "$cur"))
    [[ ${COMPREPLY[0]} == *: ]] && { compopt -o nospace 2>/dev/null || true; }
  fi
  return 0
}
complete -F _news_search news-search
